package dev.kefu.core.policy;

/**
 * The thresholds of the reply policy. {@code negativeSentiment}: a message at or below this
 * score hands off; {@code fallbacksBeforeHandoff}: misses in a row before a person takes over;
 * {@code maxSuggestions}: choices shown for "did you mean".
 */
public record PolicySettings(double negativeSentiment, int fallbacksBeforeHandoff, int maxSuggestions) {

    public static final PolicySettings DEFAULTS = new PolicySettings(-0.6, 2, 3);

    public PolicySettings {
        if (negativeSentiment < -1 || negativeSentiment > 0) {
            throw new IllegalArgumentException("negativeSentiment must be in -1..0");
        }
        if (fallbacksBeforeHandoff < 1 || maxSuggestions < 1) {
            throw new IllegalArgumentException("fallbacksBeforeHandoff and maxSuggestions must be at least 1");
        }
    }
}
