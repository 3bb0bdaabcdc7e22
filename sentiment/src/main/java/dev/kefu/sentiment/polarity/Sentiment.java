package dev.kefu.sentiment.polarity;

/** The polarity of one message: a score in −1…1 and its label. */
public record Sentiment(double score, Label label) {

    public enum Label { NEGATIVE, NEUTRAL, POSITIVE }

    public static Sentiment of(double score, double neutralBand) {
        double clamped = Math.max(-1, Math.min(1, score));
        Label label = clamped <= -neutralBand ? Label.NEGATIVE : clamped >= neutralBand ? Label.POSITIVE : Label.NEUTRAL;
        return new Sentiment(clamped, label);
    }

    public static Sentiment neutral() {
        return new Sentiment(0, Label.NEUTRAL);
    }
}
