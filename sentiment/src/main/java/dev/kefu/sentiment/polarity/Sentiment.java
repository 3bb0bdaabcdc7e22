package dev.kefu.sentiment.polarity;

import java.util.Objects;

/** The polarity of one message: a score in −1…1, its label, and the emotion it shows. */
public record Sentiment(double score, Label label, Emotion emotion) {

    /** Negative, neutral or positive: the score beyond the analyzer's neutral band, or within it. */
    public enum Label { NEGATIVE, NEUTRAL, POSITIVE }

    public Sentiment {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(emotion, "emotion");
        if (!(score >= -1 && score <= 1)) {
            throw new IllegalArgumentException("a sentiment score is in -1..1, not " + score);
        }
    }

    /** The label of {@code score} with a neutral band of ±{@code neutralBand}: a score of 0 is always neutral. */
    public static Label labelOf(double score, double neutralBand) {
        if (score < 0 && score <= -neutralBand) {
            return Label.NEGATIVE;
        }
        return score > 0 && score >= neutralBand ? Label.POSITIVE : Label.NEUTRAL;
    }

    public static Sentiment neutral() {
        return new Sentiment(0, Label.NEUTRAL, Emotion.NONE);
    }
}
