package dev.kefu.sentiment.trend;

import dev.kefu.sentiment.polarity.Sentiment;

/**
 * How a customer's mood goes over a conversation: the exponentially weighted mean of the scores
 * of their messages (the newest weighs {@value #NEWEST_WEIGHT}, starting from a neutral 0, so one
 * message never makes a trend), the mean before the last message, and which of the last
 * {@value #WINDOW} messages were negative. Immutable: {@link #next} is the trend one message on.
 *
 * @param mean           the weighted mean after the last message, in −1…1
 * @param previousMean   the weighted mean before it
 * @param messages       how many messages the trend has seen
 * @param recentNegative bit {@code i} set when the {@code i}-th last message was negative
 */
public record SentimentTrend(double mean, double previousMean, int messages, int recentNegative) {

    /** The weight of the newest message in the mean. */
    public static final double NEWEST_WEIGHT = 0.4;
    /** How many of the last messages the trend remembers the labels of. */
    public static final int WINDOW = 8;

    private static final SentimentTrend START = new SentimentTrend(0, 0, 0, 0);

    public SentimentTrend {
        if (!(mean >= -1 && mean <= 1) || !(previousMean >= -1 && previousMean <= 1) || messages < 0) {
            throw new IllegalArgumentException("a trend has means in -1..1 and a message count of at least 0");
        }
        recentNegative &= (1 << WINDOW) - 1;
    }

    /** The trend of a conversation with no customer message yet. */
    public static SentimentTrend start() {
        return START;
    }

    /** The trend after one more message. */
    public SentimentTrend next(Sentiment message) {
        double next = (1 - NEWEST_WEIGHT) * mean + NEWEST_WEIGHT * message.score();
        int negative = message.label() == Sentiment.Label.NEGATIVE ? 1 : 0;
        return new SentimentTrend(next, mean, messages + 1, (recentNegative << 1) | negative);
    }

    /** How many of the last {@code count} messages (at most {@value #WINDOW}) were negative. */
    public int negativesInLast(int count) {
        if (count < 1 || count > WINDOW) {
            throw new IllegalArgumentException("the trend remembers 1 to " + WINDOW + " messages, not " + count);
        }
        return Integer.bitCount(recentNegative & ((1 << count) - 1));
    }

    /** Whether the mood is at or below {@code threshold} and the last message brought it down. */
    public boolean worsening(double threshold) {
        return messages >= 2 && mean <= threshold && mean < previousMean;
    }

    /** Whether at least {@code negatives} of the last {@code window} messages were negative. */
    public boolean repeatedNegatives(int negatives, int window) {
        return messages >= negatives && negativesInLast(window) >= negatives;
    }
}
