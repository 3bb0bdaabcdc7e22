package dev.kefu.intents.trained;

import dev.kefu.intents.Intent;
import dev.kefu.intents.IntentClassifier;
import dev.kefu.text.Language;
import dev.kefu.text.embed.Embeddings;
import dev.kefu.text.embed.LanguageFamily;
import dev.kefu.text.learn.LabeledText;
import dev.kefu.text.learn.LinearTextModel;
import dev.kefu.text.learn.ModelFile;
import dev.kefu.text.learn.SoftmaxRegression;
import dev.kefu.text.script.ChineseScript;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Intents learned from examples: per language family, a softmax regression over the message's
 * sentence embeddings (by default {@link Embeddings#classificationVector}, see {@link EmbeddingVector})
 * and the TF-IDF of its n-grams ({@link dev.kefu.text.learn.NgramFeatures}), or either alone ({@link #builder}). The embeddings carry paraphrase, the n-grams the exact wording that
 * tells close intents apart. A message whose most likely intent is less probable than its family's
 * out-of-scope threshold gets {@link Intent#NONE}, and so does a message of a family that has no
 * examples. The threshold is the lowest that turns away a share of the out-of-scope examples
 * (default {@link #DEFAULT_OUT_OF_SCOPE_RECALL}), if there are any (they take no part in the
 * fit): it keeps as many in-scope messages as it can while refusing most of what the bot was not
 * taught.
 */
public final class TrainedIntentClassifier implements IntentClassifier {

    /**
     * The share of out-of-scope examples the threshold turns away by default. On CLINC150 dev,
     * 0.6 of the training examples gave 0.62 of the dev ones, too close to the 0.60 aimed at; 0.7
     * leaves a margin for about one point of in-scope accuracy.
     */
    public static final double DEFAULT_OUT_OF_SCOPE_RECALL = 0.7;

    private static final String MAGIC = "kefu-intents";
    /**
     * The version of the saved model format; 2 added the {@link EmbeddingVector} and the embedding
     * weight of each family (format 1 read the classification vector at weight 1).
     */
    public static final int FORMAT = 2;
    private static final int FIRST_FORMAT = 1;

    private static final float[] NO_EMBEDDING = new float[0];

    private final Embeddings embeddings;
    private final EmbeddingVector vector;
    private final Map<LanguageFamily, FamilyModel> families;

    /** The intents of one language family, their model and threshold, and the weight of its embeddings. */
    private record FamilyModel(List<String> labels, LinearTextModel model, double threshold, float embeddingWeight) {

        double[] probabilities(Embeddings embeddings, EmbeddingVector vector, String text, LanguageFamily family) {
            float[] dense = model.denseSize() == 0 ? NO_EMBEDDING : weighted(vector.of(embeddings, text, family), embeddingWeight);
            return model.probabilities(dense, text);
        }
    }

    private TrainedIntentClassifier(Embeddings embeddings, EmbeddingVector vector, Map<LanguageFamily, FamilyModel> families) {
        this.embeddings = embeddings;
        this.vector = vector;
        this.families = families;
    }

    /**
     * Starts the settings of a training run: by default embeddings ({@link EmbeddingVector#CLASSIFICATION})
     * and n-grams, no out-of-scope label.
     */
    public static Builder builder(ChineseScript script) {
        return new Builder(script);
    }

    /** What a classifier reads and how it treats out-of-scope examples. */
    public static final class Builder {
        private final ChineseScript script;
        private Embeddings embeddings;
        private EmbeddingVector vector = EmbeddingVector.CLASSIFICATION;
        private final Map<LanguageFamily, Float> embeddingWeights = new EnumMap<>(LanguageFamily.class);
        private boolean ngrams = true;
        private String outOfScopeLabel;
        private double outOfScopeRecall = DEFAULT_OUT_OF_SCOPE_RECALL;

        private Builder(ChineseScript script) {
            this.script = Objects.requireNonNull(script);
        }

        /** Reads sentence embeddings from these models; without them, n-grams only. */
        public Builder embeddings(Embeddings embeddings) { this.embeddings = embeddings; return this; }
        /** Which of their vectors to read (default {@link EmbeddingVector#CLASSIFICATION}). */
        public Builder vector(EmbeddingVector vector) { this.vector = Objects.requireNonNull(vector); return this; }
        /**
         * Multiplies the embeddings of a family's messages by {@code weight} (default 1), so that
         * they count more (or less) against the n-grams, whose vector has unit length.
         */
        public Builder embeddingWeight(LanguageFamily family, double weight) {
            if (!(weight > 0 && weight < Float.MAX_VALUE)) {
                throw new IllegalArgumentException("an embedding weight must be positive and finite, not " + weight);
            }
            embeddingWeights.put(Objects.requireNonNull(family), (float) weight);
            return this;
        }
        /** Whether to read the TF-IDF of n-grams as well (default true). */
        public Builder ngrams(boolean ngrams) { this.ngrams = ngrams; return this; }
        /** Examples with this label (may be null) take no part in the fit and only tune the threshold. */
        public Builder outOfScopeLabel(String label) { this.outOfScopeLabel = label; return this; }
        /** The share of out-of-scope examples the threshold turns away, in (0, 1]. */
        public Builder outOfScopeRecall(double recall) {
            if (!(recall > 0 && recall <= 1)) {
                throw new IllegalArgumentException("the out-of-scope recall must be in (0, 1], not " + recall);
            }
            this.outOfScopeRecall = recall;
            return this;
        }

        public TrainedIntentClassifier train(List<LabeledText> examples) {
            if (embeddings == null && !ngrams) {
                throw new IllegalStateException("a classifier needs embeddings, n-grams or both");
            }
            LanguageFamily[] family = examples.stream().map(e -> LanguageFamily.ofQuery(e.text())).toArray(LanguageFamily[]::new);
            float[][] vectors = embeddings == null
                    ? examples.stream().map(e -> NO_EMBEDDING).toArray(float[][]::new)
                    : vector.ofAll(embeddings, examples.stream().map(LabeledText::text).toList());
            Map<LanguageFamily, List<Integer>> byFamily = new EnumMap<>(LanguageFamily.class);
            for (int i = 0; i < examples.size(); i++) {
                byFamily.computeIfAbsent(family[i], f -> new ArrayList<>()).add(i);
            }
            Map<LanguageFamily, FamilyModel> families = new EnumMap<>(LanguageFamily.class);
            byFamily.forEach((f, rows) -> {
                FamilyModel model = TrainedIntentClassifier.train(this, embeddingWeights.getOrDefault(f, 1f), vectors, examples, rows);
                if (model != null) {
                    families.put(f, model);
                }
            });
            if (families.isEmpty()) {
                throw new IllegalArgumentException("no in-scope examples to learn from");
            }
            return new TrainedIntentClassifier(embeddings, vector, families);
        }
    }

    private static FamilyModel train(Builder settings, float embeddingWeight, float[][] vectors, List<LabeledText> examples,
                                     List<Integer> rows) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Integer> inScope = new ArrayList<>();
        List<Integer> outOfScope = new ArrayList<>();
        for (int i : rows) {
            String label = examples.get(i).label();
            if (label.equals(settings.outOfScopeLabel)) {
                outOfScope.add(i);
            } else {
                inScope.add(i);
                index.putIfAbsent(label, index.size());
            }
        }
        if (inScope.isEmpty()) {
            return null;
        }
        List<String> texts = inScope.stream().map(i -> examples.get(i).text()).toList();
        float[][] dense = inScope.stream().map(i -> weighted(vectors[i], embeddingWeight)).toArray(float[][]::new);
        int[] y = inScope.stream().mapToInt(i -> index.get(examples.get(i).label())).toArray();
        LinearTextModel model = LinearTextModel.fit(settings.script, texts, dense, y, index.size(), settings.ngrams,
                SoftmaxRegression.Settings.DEFAULTS);
        List<Double> outOfScopeTop = new ArrayList<>();
        for (int i : outOfScope) {
            double[] p = model.probabilities(weighted(vectors[i], embeddingWeight), examples.get(i).text());
            outOfScopeTop.add(p[argmax(p)]);
        }
        return new FamilyModel(List.copyOf(index.keySet()), model, threshold(outOfScopeTop, settings.outOfScopeRecall),
                embeddingWeight);
    }

    private static float[] weighted(float[] vector, float weight) {
        if (weight == 1) {
            return vector;
        }
        float[] weighted = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            weighted[i] = vector[i] * weight;
        }
        return weighted;
    }

    /** The lowest threshold that turns away {@code recall} of these top probabilities. */
    private static double threshold(List<Double> outOfScopeTop, double recall) {
        if (outOfScopeTop.isEmpty()) {
            return 0;
        }
        outOfScopeTop.sort(null);
        int turnedAway = (int) Math.ceil(recall * outOfScopeTop.size());
        // every example below the threshold is turned away: it sits just above the last of them
        return Math.nextUp(outOfScopeTop.get(Math.max(0, turnedAway - 1)));
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    /** The most likely intent, or none below the family's threshold, for a family without a model, and for a text no sentence model reads. */
    @Override
    public Intent classify(String text, Language language) {
        LanguageFamily family = LanguageFamily.ofQuery(text);
        FamilyModel model = families.get(family);
        if (model == null || !Embeddings.readable(text)) {
            return Intent.none();
        }
        double[] p = model.probabilities(embeddings, vector, text, family);
        int best = argmax(p);
        return p[best] >= model.threshold() ? new Intent(model.labels().get(best), p[best]) : new Intent(Intent.NONE, p[best]);
    }

    /** The out-of-scope threshold of a family (0 when it has no out-of-scope examples or no model). */
    public double threshold(LanguageFamily family) {
        FamilyModel model = families.get(family);
        return model == null ? 0 : model.threshold();
    }

    /** The intents this classifier can read, per family. */
    public Map<LanguageFamily, List<String>> labels() {
        Map<LanguageFamily, List<String>> labels = new EnumMap<>(LanguageFamily.class);
        families.forEach((family, model) -> labels.put(family, model.labels()));
        return labels;
    }

    /** Writes the model to {@code file} (gzip-compressed), replacing it atomically. */
    public void save(Path file) throws IOException {
        ModelFile.save(file, MAGIC, FORMAT, out -> {
            out.writeUTF(vector.name());
            out.writeInt(families.size());
            for (Map.Entry<LanguageFamily, FamilyModel> e : families.entrySet()) {
                FamilyModel model = e.getValue();
                out.writeUTF(e.getKey().name());
                out.writeInt(model.labels().size());
                for (String label : model.labels()) {
                    out.writeUTF(label);
                }
                out.writeDouble(model.threshold());
                out.writeFloat(model.embeddingWeight());
                model.model().write(out);
            }
        });
    }

    /**
     * Reads a model written by {@link #save}, of this format or the first (which read the
     * {@link EmbeddingVector#CLASSIFICATION} vector at weight 1); a file that is not one fails with
     * an {@link IOException}. {@code embeddings} may be null for a model of n-grams only.
     */
    public static TrainedIntentClassifier load(Path file, Embeddings embeddings, ChineseScript script) throws IOException {
        TrainedIntentClassifier classifier = ModelFile.load(file, MAGIC, FIRST_FORMAT, FORMAT, (in, format) -> {
            EmbeddingVector vector = format == FIRST_FORMAT ? EmbeddingVector.CLASSIFICATION : vector(in.readUTF(), file);
            int count = in.readInt();
            Map<LanguageFamily, FamilyModel> read = new EnumMap<>(LanguageFamily.class);
            for (int f = 0; f < count; f++) {
                LanguageFamily family = LanguageFamily.valueOf(in.readUTF());
                int labelCount = in.readInt();
                if (labelCount < 1 || labelCount > 100_000) {
                    throw new IOException("corrupt label count " + labelCount + " in " + file);
                }
                List<String> labels = new ArrayList<>();
                for (int i = 0; i < labelCount; i++) {
                    labels.add(in.readUTF());
                }
                double threshold = in.readDouble();
                float embeddingWeight = format == FIRST_FORMAT ? 1 : in.readFloat();
                if (!(embeddingWeight > 0 && embeddingWeight < Float.MAX_VALUE)) {
                    throw new IOException("corrupt embedding weight " + embeddingWeight + " in " + file);
                }
                read.put(family, new FamilyModel(List.copyOf(labels), LinearTextModel.read(in, script), threshold, embeddingWeight));
            }
            return new TrainedIntentClassifier(embeddings, vector, read);
        });
        if (classifier.families.isEmpty()) {
            throw new IOException(file + " holds no intents");
        }
        if (embeddings == null && classifier.families.values().stream().anyMatch(m -> m.model().denseSize() > 0)) {
            throw new IOException(file + " reads sentence embeddings: load it with them");
        }
        return classifier;
    }

    private static EmbeddingVector vector(String name, Path file) throws IOException {
        try {
            return EmbeddingVector.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " reads an unknown vector " + name, e);
        }
    }
}
