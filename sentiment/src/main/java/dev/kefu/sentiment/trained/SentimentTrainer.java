package dev.kefu.sentiment.trained;

import dev.kefu.sentiment.polarity.LexiconReading;
import dev.kefu.sentiment.polarity.Sentiment;
import dev.kefu.sentiment.polarity.SentimentLexicon;
import dev.kefu.text.embed.Embeddings;
import dev.kefu.text.embed.LanguageFamily;
import dev.kefu.text.eval.LabelScores;
import dev.kefu.text.learn.LabeledText;
import dev.kefu.text.learn.LinearTextModel;
import dev.kefu.text.learn.NgramSettings;
import dev.kefu.text.learn.SoftmaxRegression;
import dev.kefu.text.script.ChineseScript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Trains a {@link TrainedSentimentAnalyzer} on {@code text,label} examples labelled positive,
 * negative or neutral, together with the customer-service messages written for kefu
 * ({@code chat-train.csv}, each counted {@link #CHAT_WEIGHT} times). Per language family:
 * <ol>
 *   <li>the model reads the features chosen here ({@link #builder}) and learns three classes,
 *       negative, positive and neutral (only chat examples are neutral);</li>
 *   <li>Platt scaling of the log-odds of positive over negative is fitted on the held-out
 *       predictions of {@value #FOLDS}-fold cross-validation, then the model is fitted on every
 *       example;</li>
 *   <li>the neutral band is the one that best separates the three labels (macro-F1) of
 *       {@code chat-dev.csv}, chat messages written apart from the training ones.</li>
 * </ol>
 */
public final class SentimentTrainer {

    /** How many times a chat example counts: a few hundred of them must hold their own beside thousands of reviews. */
    public static final int CHAT_WEIGHT = 8;
    static final int FOLDS = 5;
    /**
     * How each family is fitted, chosen on the ChnSentiCorp and SST-2 dev splits and the chat
     * messages: unigrams and bigrams weighted by their log-count ratio of positive over negative
     * (NBSVM); Chinese, with more examples and more n-grams, takes more passes. The sentence
     * embedding counts at a fraction of the n-grams' length: ChnSentiCorp dev 0.930 without it,
     * 0.936 at 1, 0.938 at 0.5, 0.939 at 0.25 with more reviews read neutral, so Chinese takes
     * 0.5; SST-2 dev 0.826 without it, 0.838 at 1, 0.844 at 0.5, 0.848 at 0.25, so English takes
     * 0.25. English questions then score further from 0 inside a wider neutral band (0.75 on
     * chat-dev), which {@link TrainedSentimentAnalyzer#NEUTRAL_BAND} puts on the common scale.
     */
    static final Map<LanguageFamily, FamilySettings> FAMILY_SETTINGS = Map.of(
            LanguageFamily.CHINESE, new FamilySettings(1.0, 0.5, new SoftmaxRegression.Settings(60, 2_000, 32, 8.0, 1e-6, 13)),
            LanguageFamily.ENGLISH, new FamilySettings(1.0, 0.25, new SoftmaxRegression.Settings(30, 2_000, 32, 8.0, 1e-6, 13)));
    /** The longest n-gram: trigrams did no better on either dev split. */
    static final int NGRAM_ORDER = 2;
    private static final long FOLD_SEED = 13;
    private static final double BAND_STEP = 0.05;

    static final String POSITIVE = "positive";
    static final String NEGATIVE = "negative";
    static final String NEUTRAL = "neutral";

    private final SentimentLexicon lexicon;
    private final ChineseScript script;
    private boolean readsLexicon = true;
    private boolean readsNgrams = true;
    private Embeddings embeddings;
    private String source = "examples";

    private SentimentTrainer(SentimentLexicon lexicon, ChineseScript script) {
        this.lexicon = Objects.requireNonNull(lexicon);
        this.script = Objects.requireNonNull(script);
    }

    /** Starts the settings of a training run: by default the lexicon's features and the n-grams, no embeddings. */
    public static SentimentTrainer builder(SentimentLexicon lexicon, ChineseScript script) {
        return new SentimentTrainer(lexicon, script);
    }

    /** Whether the model reads the lexicon's features (default true). */
    public SentimentTrainer lexicon(boolean read) { this.readsLexicon = read; return this; }
    /** Whether the model reads the n-grams, TF-IDF times their log-count ratio (default true). */
    public SentimentTrainer ngrams(boolean read) { this.readsNgrams = read; return this; }
    /**
     * Reads the sentence embedding too (default none): the vector the knowledge base searches
     * with ({@link Embeddings#embed}), so in a chat turn, which embeds the message once for the
     * intents and the search, the sentiment reads it at no further cost.
     */
    public SentimentTrainer embeddings(Embeddings embeddings) { this.embeddings = embeddings; return this; }
    /** Says where the examples came from, for the model's {@link TrainedSentimentAnalyzer#provenance}. */
    public SentimentTrainer source(String source) { this.source = Objects.requireNonNull(source); return this; }

    /** The features this run reads, e.g. {@code lexicon+ngrams}. */
    public String features() {
        List<String> parts = new ArrayList<>();
        if (readsLexicon) {
            parts.add("lexicon");
        }
        if (readsNgrams) {
            parts.add("ngrams");
        }
        if (embeddings != null) {
            parts.add("embeddings");
        }
        return String.join("+", parts);
    }

    /**
     * How one family's model is fitted: the smoothing of its n-grams' log-count ratio, the weight
     * of its sentence embedding against the other features (0: the family reads none), and the
     * regression's settings.
     */
    record FamilySettings(double ratioSmoothing, double embeddingWeight, SoftmaxRegression.Settings fit) {
    }

    /** One example as the fit sees it: its text, lexicon reading, embedding and label. */
    private record Example(String text, LexiconReading reading, float[] vector, String label, int weight) {
    }

    public TrainedSentimentAnalyzer train(List<LabeledText> examples) {
        if (!readsLexicon && !readsNgrams && embeddings == null) {
            throw new IllegalStateException("a sentiment model needs the lexicon, n-grams, embeddings or some of them");
        }
        List<LabeledText> chat = ChatExamples.read(ChatExamples.TRAIN);
        List<LabeledText> dev = ChatExamples.read(ChatExamples.DEV);
        Map<String, float[]> vectors = embed(examples, chat, dev);
        Map<LanguageFamily, List<Example>> byFamily = new EnumMap<>(LanguageFamily.class);
        for (LabeledText example : examples) {
            add(byFamily, example, 1, vectors);
        }
        for (LabeledText example : chat) {
            add(byFamily, example, CHAT_WEIGHT, vectors);
        }
        Map<LanguageFamily, List<Example>> devByFamily = new EnumMap<>(LanguageFamily.class);
        for (LabeledText example : dev) {
            add(devByFamily, example, 1, vectors);
        }
        Map<LanguageFamily, PolarityModel> families = new EnumMap<>(LanguageFamily.class);
        for (LanguageFamily family : LanguageFamily.values()) {
            families.put(family, train(byFamily.getOrDefault(family, List.of()), devByFamily.getOrDefault(family, List.of()),
                    FAMILY_SETTINGS.get(family)));
        }
        String provenance = String.format(Locale.ROOT, "%s; %d examples, %s×%d; features %s; Platt scaling by %d-fold "
                        + "cross-validation; neutral band on %s (zh %.2f, en %.2f)", source, examples.size(), ChatExamples.TRAIN,
                CHAT_WEIGHT, features(), FOLDS, ChatExamples.DEV, families.get(LanguageFamily.CHINESE).neutralBand(),
                families.get(LanguageFamily.ENGLISH).neutralBand());
        return new TrainedSentimentAnalyzer(lexicon, embeddings, families, provenance);
    }

    private Map<String, float[]> embed(List<LabeledText> examples, List<LabeledText> chat, List<LabeledText> dev) {
        Map<String, float[]> vectors = new HashMap<>();
        if (embeddings != null) {
            List<String> texts = new ArrayList<>();
            for (List<LabeledText> set : List.of(examples, chat, dev)) {
                set.forEach(e -> texts.add(e.text()));
            }
            List<String> distinct = texts.stream().distinct().toList();
            float[][] computed = embeddings.embedAll(distinct);
            for (int i = 0; i < computed.length; i++) {
                vectors.put(distinct.get(i), computed[i]);
            }
        }
        return vectors;
    }

    private void add(Map<LanguageFamily, List<Example>> byFamily, LabeledText example, int weight, Map<String, float[]> vectors) {
        String label = example.label().strip().toLowerCase(Locale.ROOT);
        if (!label.equals(POSITIVE) && !label.equals(NEGATIVE) && !label.equals(NEUTRAL)) {
            throw new IllegalArgumentException("a sentiment label is positive, negative or neutral, not '" + example.label() + "'");
        }
        byFamily.computeIfAbsent(LanguageFamily.ofQuery(example.text()), f -> new ArrayList<>())
                .add(new Example(example.text(), lexicon.read(example.text()), vectors.get(example.text()), label, weight));
    }

    private PolarityModel train(List<Example> examples, List<Example> dev, FamilySettings settings) {
        if (examples.stream().noneMatch(e -> e.label().equals(POSITIVE)) || examples.stream().noneMatch(e -> e.label().equals(NEGATIVE))) {
            throw new IllegalArgumentException("a language family needs positive and negative examples");
        }
        Standardizer embedding = embeddings == null || settings.embeddingWeight() == 0 ? null
                : Standardizer.fit(examples.stream().map(Example::vector).toArray(float[][]::new), settings.embeddingWeight());
        int[] fold = folds(examples.size());
        List<Double> heldOut = new ArrayList<>();
        List<Boolean> positive = new ArrayList<>();
        for (int f = 0; f < FOLDS; f++) {
            List<Example> fit = new ArrayList<>();
            List<Example> held = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                (fold[i] == f ? held : fit).add(examples.get(i));
            }
            LinearTextModel model = fit(fit, embedding, settings);
            for (Example e : held) {
                if (!e.label().equals(NEUTRAL)) {
                    heldOut.add(PolarityModel.logOdds(PolarityModel.probabilities(model, dense(e, embedding), e.text())));
                    positive.add(e.label().equals(POSITIVE));
                }
            }
        }
        boolean[] isPositive = new boolean[positive.size()];
        for (int i = 0; i < isPositive.length; i++) {
            isPositive[i] = positive.get(i);
        }
        PlattScaling calibration = PlattScaling.fit(heldOut.stream().mapToDouble(Double::doubleValue).toArray(), isPositive);
        PolarityModel unbanded = new PolarityModel(readsLexicon, ngramOrder(), embedding, fit(examples, embedding, settings), calibration, 0);
        return new PolarityModel(readsLexicon, ngramOrder(), embedding, unbanded.model(), calibration, neutralBand(unbanded, dev));
    }

    private int ngramOrder() {
        return readsNgrams ? NGRAM_ORDER : 0;
    }

    private float[] dense(Example e, Standardizer embedding) {
        return PolarityModel.dense(readsLexicon, embedding, e.reading(), e.vector());
    }

    private LinearTextModel fit(List<Example> examples, Standardizer embedding, FamilySettings settings) {
        NgramSettings ngrams = readsNgrams
                ? NgramSettings.logCountRatio(NGRAM_ORDER, PolarityModel.POSITIVE, PolarityModel.NEGATIVE, settings.ratioSmoothing())
                : NgramSettings.none();
        List<String> texts = new ArrayList<>();
        List<float[]> dense = new ArrayList<>();
        List<Integer> classes = new ArrayList<>();
        for (Example e : examples) {
            float[] features = dense(e, embedding);
            String text = PolarityModel.ngramText(e.text());
            int label = switch (e.label()) {
                case POSITIVE -> PolarityModel.POSITIVE;
                case NEGATIVE -> PolarityModel.NEGATIVE;
                default -> PolarityModel.NEUTRAL;
            };
            for (int copy = 0; copy < e.weight(); copy++) {
                texts.add(text);
                dense.add(features);
                classes.add(label);
            }
        }
        return LinearTextModel.fit(script, texts, dense.toArray(float[][]::new),
                classes.stream().mapToInt(Integer::intValue).toArray(), PolarityModel.CLASSES, ngrams, settings.fit());
    }

    /** Each example's fold, in a shuffled order that is the same on every run. */
    private static int[] folds(int size) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Random random = new Random(FOLD_SEED);
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] fold = new int[size];
        for (int k = 0; k < size; k++) {
            fold[order[k]] = k % FOLDS;
        }
        return fold;
    }

    /** The band with the best macro-F1 over the three labels of {@code dev} (the narrowest of equals); 0 without dev examples. */
    private static double neutralBand(PolarityModel model, List<Example> dev) {
        if (dev.isEmpty()) {
            return 0;
        }
        double[] scores = dev.stream().mapToDouble(e -> model.score(e.text(), e.reading(), e.vector())).toArray();
        List<String> gold = dev.stream().map(Example::label).toList();
        double best = 0;
        double bestF1 = -1;
        for (int step = 0; step * BAND_STEP < 1; step++) {
            double band = step * BAND_STEP;
            List<String> predicted = new ArrayList<>();
            for (double score : scores) {
                predicted.add(Sentiment.labelOf(score, band).name().toLowerCase(Locale.ROOT));
            }
            double f1 = LabelScores.macroF1(gold, predicted);
            if (f1 > bestF1 + 1e-12) {
                bestF1 = f1;
                best = band;
            }
        }
        return Math.round(best * 100) / 100.0;
    }
}
