package dev.kefu.core.policy;

import dev.kefu.sentiment.trend.SentimentTrend;

/**
 * The thresholds of the reply policy.
 *
 * @param negativeSentiment      an angry message at or below this score hands off on its own
 * @param sentimentTrend         a negative message that brings the conversation's weighted mean
 *                               down to this or below hands off (a worsening trend)
 * @param repeatedNegatives      a negative message that makes this many negatives among the last
 *                               {@code negativeWindow} hands off
 * @param negativeWindow         how many of the last messages {@code repeatedNegatives} counts in
 * @param fallbacksBeforeHandoff misses in a row before a person takes over
 * @param maxSuggestions         choices shown for "did you mean"
 */
public record PolicySettings(double negativeSentiment, double sentimentTrend, int repeatedNegatives, int negativeWindow,
                             int fallbacksBeforeHandoff, int maxSuggestions) {

    public static final PolicySettings DEFAULTS = new PolicySettings(-0.6, -0.5, 3, 4, 2, 3);

    public PolicySettings {
        if (negativeSentiment < -1 || negativeSentiment > 0 || sentimentTrend < -1 || sentimentTrend > 0) {
            throw new IllegalArgumentException("negativeSentiment and sentimentTrend must be in -1..0");
        }
        if (negativeWindow < 1 || negativeWindow > SentimentTrend.WINDOW
                || repeatedNegatives < 1 || repeatedNegatives > negativeWindow) {
            throw new IllegalArgumentException("repeatedNegatives must be in 1..negativeWindow, negativeWindow in 1.."
                    + SentimentTrend.WINDOW);
        }
        if (fallbacksBeforeHandoff < 1 || maxSuggestions < 1) {
            throw new IllegalArgumentException("fallbacksBeforeHandoff and maxSuggestions must be at least 1");
        }
    }
}
