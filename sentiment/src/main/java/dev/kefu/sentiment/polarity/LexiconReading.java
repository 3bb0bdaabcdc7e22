package dev.kefu.sentiment.polarity;

import java.util.Arrays;

/**
 * What {@link SentimentLexicon} found in a message: the summed weight of its praise (≥ 0) and of
 * its blame (≤ 0, emphasis and sarcasm included), how impatient it is, whether it is sarcastic or
 * shouted (repeated {@code !}, ALL CAPS), the evidence for each negative {@link Emotion}, its
 * length in words and Han characters, and whether it asserts any of its cues: a cue in a
 * hypothetical clause ("if it doesn't fit", 如果不合适) is no complaint, it only weighs a little.
 */
public record LexiconReading(double positive, double negative, double impatience, boolean sarcastic, boolean emphatic,
                             double anger, double frustration, double anxiety, int length, boolean asserted) {

    /** The number of {@link #features()}. */
    public static final int FEATURES = 12;
    /** The length, in words and Han characters, that halves a message's shortness. */
    private static final int SHORT = 12;

    /** Shouting makes blame read as anger: this much, and this share of the blame, counts for anger. */
    private static final double SHOUTING = 0.5;
    private static final double SHOUTED_ANGER = 0.8;
    /** Anger outweighs the milder emotions in a message that shows several. */
    private static final double ANGER_WEIGHT = 1.5;
    /** A neutral message this impatient reads as anxious. */
    private static final double ANXIOUS = 0.3;

    /** Whether the lexicon found anything the message asserts: a cue outside a hypothetical clause, sarcasm or shouting. */
    public boolean hasCue() {
        return asserted || sarcastic || emphatic;
    }

    /** The lexicon's own polarity, in −1…1. */
    public double polarity() {
        return Math.tanh(positive + negative);
    }

    /**
     * The reading as features for a learned model, each in −1…1: polarity, praise, blame,
     * impatience, sarcasm and shouted blame, then the same six weighted by how short the message is
     * (halved every {@value #SHORT} words or characters), so that a model can trust the lexicon more
     * in a chat message than in a long review.
     */
    public float[] features() {
        float[] base = {
            (float) polarity(), (float) Math.tanh(positive), (float) Math.tanh(-negative), (float) Math.tanh(impatience),
            sarcastic ? 1 : 0, emphatic && negative < 0 ? 1 : 0,
        };
        float shortness = (float) Math.pow(0.5, length / (double) SHORT);
        float[] features = Arrays.copyOf(base, FEATURES);
        for (int i = 0; i < base.length; i++) {
            features[base.length + i] = base[i] * shortness;
        }
        return features;
    }

    /**
     * The emotion of a message read with this label: satisfaction when positive; when negative,
     * the strongest of anger, frustration and anxiety (frustration when no cue says which);
     * anxiety when neutral but impatient; otherwise none.
     */
    public Emotion emotion(Sentiment.Label label) {
        return switch (label) {
            case POSITIVE -> Emotion.SATISFACTION;
            case NEUTRAL -> anxiety >= ANXIOUS ? Emotion.ANXIETY : Emotion.NONE;
            case NEGATIVE -> {
                double shouted = ANGER_WEIGHT * anger + (emphatic ? SHOUTING + SHOUTED_ANGER * -negative : 0);
                if (shouted > frustration && shouted > anxiety) {
                    yield Emotion.ANGER;
                }
                yield anxiety > frustration ? Emotion.ANXIETY : Emotion.FRUSTRATION;
            }
        };
    }
}
