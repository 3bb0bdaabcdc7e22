package dev.kefu.sentiment.trained;

import dev.kefu.sentiment.polarity.LexiconReading;
import dev.kefu.text.learn.LinearTextModel;
import dev.kefu.text.learn.NgramSettings;
import dev.kefu.text.script.ChineseScript;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The polarity model of one language family: a softmax regression over the lexicon's features (or
 * none), a standardized sentence embedding (or none) and the n-grams (or none) with three classes,
 * negative, positive and neutral (a question about an order, a greeting); the Platt calibration of
 * its log-odds of positive over negative; and the neutral band of the score. The score is the
 * calibrated polarity times the probability that the message is not neutral, so a reviewer's
 * wording in a customer's plain question does not make the question angry.
 *
 * <p>Two rules of chat come on top for messages of chat length, which reviews cannot teach: a
 * sarcastic message is never more positive than the lexicon reads it (in a review 呵呵 is mostly a
 * friendly laugh, to an agent it is scorn), and a message in which the lexicon finds no cue it
 * asserts (none at all, or only cues in a hypothetical clause: 如果不合适可以换吗) stays inside
 * the neutral band (its score times the band), so a plain question is never negative on n-grams
 * alone; it keeps its sign, and so its two-class reading.
 */
record PolarityModel(boolean lexicon, int ngramOrder, Standardizer embedding, LinearTextModel model, PlattScaling calibration,
                     double neutralBand) {

    static final int NEGATIVE = 0;
    static final int POSITIVE = 1;
    static final int NEUTRAL = 2;
    static final int CLASSES = 3;

    /** Messages up to this many words or Han characters are chat, longer ones reviews or letters. */
    static final int CHAT_LENGTH = 30;

    private static final float[] NOTHING = new float[0];
    private static final double MIN_PROBABILITY = 1e-9;
    /** "don't" and "it's" split the way SST-2 and other treebank-tokenized text has them: "do n't", "it 's". */
    private static final Pattern NEGATED_VERB = Pattern.compile("(?<=\\p{L})n[’']t\\b");
    private static final Pattern CLITIC = Pattern.compile("(?<=\\p{L})[’']((?:s|re|ve|ll|d|m)\\b)");

    boolean readsEmbeddings() {
        return embedding != null;
    }

    /** The dense part of a message's features: the lexicon's reading, then the embedding (null when not read). */
    static float[] dense(boolean lexicon, Standardizer embedding, LexiconReading reading, float[] vector) {
        float[] features = lexicon ? reading.features() : NOTHING;
        if (embedding == null) {
            return features;
        }
        float[] dense = new float[features.length + embedding.size()];
        System.arraycopy(features, 0, dense, 0, features.length);
        embedding.apply(vector, dense, features.length);
        return dense;
    }

    /**
     * The text the n-grams read: contractions split as in treebank-tokenized training text, then
     * the English words and Chinese characters in a negation's scope marked ({@link NegationScope}).
     */
    static String ngramText(String text) {
        return NegationScope.mark(CLITIC.matcher(NEGATED_VERB.matcher(text).replaceAll(" n't")).replaceAll(" '$1"));
    }

    /** The uncalibrated log-odds of positive over negative in {@code p}. */
    static double logOdds(double[] p) {
        return Math.log(Math.max(p[POSITIVE], MIN_PROBABILITY) / Math.max(p[NEGATIVE], MIN_PROBABILITY));
    }

    /** The class probabilities of a message: negative, positive, neutral. */
    static double[] probabilities(LinearTextModel model, float[] dense, String text) {
        return model.probabilities(dense, ngramText(text));
    }

    /** The score in −1…1 of a message with its reading and embedding (null when not read). */
    double score(String text, LexiconReading reading, float[] vector) {
        double[] p = probabilities(model, dense(lexicon, embedding, reading, vector), text);
        double score = (1 - p[NEUTRAL]) * (2 * calibration.probability(logOdds(p)) - 1);
        if (reading.length() > CHAT_LENGTH) {
            return score;
        }
        if (reading.sarcastic()) {
            score = Math.min(score, reading.polarity());
        }
        return reading.hasCue() ? score : score * neutralBand;
    }

    void write(DataOutput out) throws IOException {
        out.writeBoolean(lexicon);
        out.writeInt(ngramOrder);
        out.writeBoolean(embedding != null);
        if (embedding != null) {
            embedding.write(out);
        }
        model.write(out);
        out.writeDouble(calibration.a());
        out.writeDouble(calibration.b());
        out.writeDouble(neutralBand);
    }

    static PolarityModel read(DataInput in, ChineseScript script) throws IOException {
        boolean lexicon = in.readBoolean();
        int ngramOrder = in.readInt();
        if (ngramOrder < 0 || ngramOrder > NgramSettings.MAX_ORDER) {
            throw new IOException("corrupt sentiment model: n-grams of up to " + ngramOrder + " tokens");
        }
        Standardizer embedding = in.readBoolean() ? Standardizer.read(in) : null;
        LinearTextModel model = LinearTextModel.read(in, script, ngramOrder);
        int expected = (lexicon ? LexiconReading.FEATURES : 0) + (embedding == null ? 0 : embedding.size());
        if (model.denseSize() != expected) {
            throw new IOException("corrupt sentiment model: " + model.denseSize() + " dense features, expected " + expected);
        }
        PlattScaling calibration = new PlattScaling(in.readDouble(), in.readDouble());
        return new PolarityModel(lexicon, ngramOrder, embedding, model, calibration, in.readDouble());
    }
}
