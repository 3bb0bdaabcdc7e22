package dev.kefu.sentiment.trained;

import dev.kefu.sentiment.polarity.LexiconReading;
import dev.kefu.sentiment.polarity.Sentiment;
import dev.kefu.sentiment.polarity.SentimentAnalyzer;
import dev.kefu.sentiment.polarity.SentimentLexicon;
import dev.kefu.text.Language;
import dev.kefu.text.embed.Embeddings;
import dev.kefu.text.embed.LanguageFamily;
import dev.kefu.text.learn.ModelFile;
import dev.kefu.text.script.ChineseScript;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Polarity learned from labelled reviews and chat messages ({@link SentimentTrainer}), one
 * {@link PolarityModel} per language family (Chinese in either script, or other), its score a
 * calibrated probability of positive mapped to −1…1, its label the score beyond the family's
 * neutral band, its emotion what the lexicon's cues say ({@link LexiconReading#emotion}). The
 * product ships one, {@link #shipped}, trained by {@code kefu train sentiment}. Thread-safe.
 */
public final class TrainedSentimentAnalyzer implements SentimentAnalyzer {

    /** The model the product ships, beside this class. */
    public static final String RESOURCE = "sentiment.model";
    /** The version of the saved model format; 3 reads the characters a Chinese negation governs ({@link NegationScope}). */
    private static final int FORMAT = 3;
    private static final String MAGIC = "kefu-sentiment";

    /**
     * The neutral band of every score this analyzer gives, whatever the language. Each family's
     * model is fitted with a band of its own (the shipped one: Chinese 0.15, English 0.75), and
     * the conversation's trend and the handoff thresholds add up and compare the scores of
     * messages in either language, so the scores are put on one scale ({@link #onCommonBand}).
     */
    public static final double NEUTRAL_BAND = 0.2;

    private static volatile TrainedSentimentAnalyzer shipped;

    private final SentimentLexicon lexicon;
    private final Embeddings embeddings;
    private final Map<LanguageFamily, PolarityModel> families;
    private final String provenance;

    TrainedSentimentAnalyzer(SentimentLexicon lexicon, Embeddings embeddings, Map<LanguageFamily, PolarityModel> families,
                             String provenance) {
        for (LanguageFamily family : LanguageFamily.values()) {
            if (!families.containsKey(family)) {
                throw new IllegalArgumentException("a sentiment model needs every language family, " + family + " is missing");
            }
        }
        if (embeddings == null && readsEmbeddings(families)) {
            throw new IllegalArgumentException("this sentiment model reads sentence embeddings: give it the embedding models");
        }
        this.lexicon = lexicon;
        this.embeddings = embeddings;
        this.families = new EnumMap<>(families);
        this.provenance = provenance;
    }

    private static boolean readsEmbeddings(Map<LanguageFamily, PolarityModel> families) {
        return families.values().stream().anyMatch(PolarityModel::readsEmbeddings);
    }

    /**
     * The model the product ships ({@value #RESOURCE}) on the process's shared embedding models
     * ({@link Embeddings#shared}), read once per process on first use; fails with an
     * {@link IllegalStateException} when it is missing or unreadable rather than fall back to a
     * guess, since a guess would hand off the wrong customers.
     */
    public static TrainedSentimentAnalyzer shipped() {
        return shipped(Embeddings.shared());
    }

    /**
     * The shipped model reading its sentence vectors from {@code embeddings}: give it the instance
     * the knowledge base and the intents embed with, so a turn's message is embedded once.
     */
    public static TrainedSentimentAnalyzer shipped(Embeddings embeddings) {
        TrainedSentimentAnalyzer model = shipped;
        if (model == null) {
            synchronized (TrainedSentimentAnalyzer.class) {
                if (shipped == null) {
                    shipped = readShipped(RESOURCE, embeddings);
                }
                model = shipped;
            }
        }
        return model.embeddings == embeddings ? model : model.on(embeddings);
    }

    /** This model reading its sentence vectors from {@code other}. */
    private TrainedSentimentAnalyzer on(Embeddings other) {
        return new TrainedSentimentAnalyzer(lexicon, Objects.requireNonNull(other), families, provenance);
    }

    /** Reads a model shipped as {@code resource} beside this class. */
    static TrainedSentimentAnalyzer readShipped(String resource, Embeddings embeddings) {
        ChineseScript script = ChineseScript.load();
        try (InputStream in = TrainedSentimentAnalyzer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the shipped sentiment model " + resource + " is missing from the class path: "
                        + "train it with `kefu train sentiment --data ../shared/data/sentiment --out "
                        + "sentiment/src/main/resources/dev/kefu/sentiment/trained/" + RESOURCE + "`");
            }
            return read(in, resource, SentimentLexicon.load(script), embeddings, script);
        } catch (IOException e) {
            throw new IllegalStateException("the shipped sentiment model " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a model written by {@link #save}; {@code embeddings} may be null for a model that reads none. */
    public static TrainedSentimentAnalyzer load(Path file, SentimentLexicon lexicon, Embeddings embeddings, ChineseScript script)
            throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), lexicon, embeddings, script);
        }
    }

    private static TrainedSentimentAnalyzer read(InputStream in, String name, SentimentLexicon lexicon, Embeddings embeddings,
                                                 ChineseScript script) throws IOException {
        return ModelFile.load(in, name, MAGIC, FORMAT, data -> {
            String provenance = data.readUTF();
            int count = data.readInt();
            Map<LanguageFamily, PolarityModel> families = new EnumMap<>(LanguageFamily.class);
            for (int i = 0; i < count; i++) {
                families.put(LanguageFamily.valueOf(data.readUTF()), PolarityModel.read(data, script));
            }
            try {
                return new TrainedSentimentAnalyzer(lexicon, embeddings, families, provenance);
            } catch (IllegalArgumentException e) {
                throw new IOException(name + ": " + e.getMessage(), e);
            }
        });
    }

    /** Writes the model to {@code file} (gzip-compressed), replacing it atomically. */
    public void save(Path file) throws IOException {
        ModelFile.save(file, MAGIC, FORMAT, out -> {
            out.writeUTF(provenance);
            out.writeInt(families.size());
            for (Map.Entry<LanguageFamily, PolarityModel> e : families.entrySet()) {
                out.writeUTF(e.getKey().name());
                e.getValue().write(out);
            }
        });
    }

    /** What the model was trained on and how, as recorded when it was trained. */
    public String provenance() {
        return provenance;
    }

    /** The neutral band a family's model was fitted with, before its scores are put on {@link #NEUTRAL_BAND}. */
    public double neutralBand(LanguageFamily family) {
        return families.get(family).neutralBand();
    }

    /**
     * The score of a message and its label, with the family's own neutral band put onto
     * {@link #NEUTRAL_BAND}; a message of nothing but spaces and control characters, which no
     * sentence model reads, is neutral.
     */
    @Override
    public Sentiment analyze(String text, Language language) {
        if (!Embeddings.readable(text)) {
            return Sentiment.neutral();
        }
        LanguageFamily family = LanguageFamily.ofQuery(text);
        PolarityModel model = families.get(family);
        LexiconReading reading = lexicon.read(text);
        float[] vector = model.readsEmbeddings() ? embeddings.embed(text, family) : null;
        double score = model.score(text, reading, vector);
        Sentiment.Label label = Sentiment.labelOf(score, model.neutralBand());
        return new Sentiment(onCommonBand(score, model.neutralBand()), label, reading.emotion(label));
    }

    /**
     * {@code score} with the neutral band {@code band} stretched or shrunk onto
     * {@link #NEUTRAL_BAND}, piece by piece in a straight line: same sign and order, the band's
     * edge at {@value #NEUTRAL_BAND}, ±1 at ±1.
     */
    static double onCommonBand(double score, double band) {
        double size = Math.min(1, Math.abs(score));
        double common;
        if (size == 0) {
            return score;
        } else if (size < band) {
            common = NEUTRAL_BAND * size / band;
        } else if (band >= 1) {
            common = 1;
        } else {
            common = NEUTRAL_BAND + (1 - NEUTRAL_BAND) * (size - band) / (1 - band);
        }
        return Math.copySign(Math.min(1, common), score);
    }
}
