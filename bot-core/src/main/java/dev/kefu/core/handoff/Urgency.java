package dev.kefu.core.handoff;

import dev.kefu.core.conversation.HandoffReason;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * How urgent a waiting conversation is: points for why it was handed off, for how negative the
 * customer's mood is (a mean sentiment of −1 earns {@code sentimentWeight}), for each minute of
 * waiting (so that nobody starves: a calm request overtakes an angry one that came in later
 * after enough minutes) and for the customer's tags (e.g. {@code vip}). Higher is served first.
 */
public record Urgency(Map<HandoffReason, Double> reasonWeights, double sentimentWeight, double pointsPerMinute,
                      Map<String, Double> tagWeights) {

    /** Abuse, anger and complaints ahead of a plain request for a person; a VIP two points up; a point per five minutes. */
    public static final Urgency DEFAULTS = new Urgency(defaultReasons(), 2.0, 0.2, Map.of("vip", 2.0));

    public Urgency {
        Map<HandoffReason, Double> reasons = new EnumMap<>(HandoffReason.class);
        for (HandoffReason reason : HandoffReason.values()) {
            reasons.put(reason, 1.0);
        }
        reasons.putAll(reasonWeights);
        reasonWeights = Map.copyOf(reasons);
        tagWeights = Map.copyOf(tagWeights);
        if (sentimentWeight < 0 || pointsPerMinute < 0) {
            throw new IllegalArgumentException("the sentiment weight and the points per minute must not be negative");
        }
    }

    private static Map<HandoffReason, Double> defaultReasons() {
        return Map.of(HandoffReason.ABUSE, 3.0, HandoffReason.NEGATIVE_SENTIMENT, 3.0, HandoffReason.COMPLAINT, 3.0,
                HandoffReason.SENTIMENT_TREND, 2.5, HandoffReason.SENSITIVE_DATA, 2.0, HandoffReason.COMPLEX_INTENT, 2.0,
                HandoffReason.REPEATED_FALLBACK, 1.5, HandoffReason.USER_REQUEST, 1.0);
    }

    public double score(QueuedConversation waiting, Instant now) {
        double score = waiting.reason() == null ? 1.0 : reasonWeights.get(waiting.reason());
        score += sentimentWeight * Math.max(0, -waiting.sentiment());
        score += pointsPerMinute * Math.max(0, Duration.between(waiting.queuedAt(), now).toMillis()) / 60_000.0;
        for (String tag : waiting.tags()) {
            score += tagWeights.getOrDefault(tag, 0.0);
        }
        return score;
    }
}
