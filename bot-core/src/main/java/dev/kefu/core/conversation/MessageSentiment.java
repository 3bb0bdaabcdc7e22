package dev.kefu.core.conversation;

import dev.kefu.sentiment.polarity.Emotion;
import dev.kefu.sentiment.polarity.Sentiment;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A customer message's sentiment as its event stores it: {@code sentiment} (the score, three
 * decimals), {@code polarity} and {@code emotion}. Journals written before the last two existed
 * still read: their label is the score's beyond the neutral band of the analyzer of that time,
 * {@value #LEGACY_NEUTRAL_BAND}, and their emotion none.
 */
public final class MessageSentiment {

    static final String SCORE = "sentiment";
    static final String POLARITY = "polarity";
    static final String EMOTION = "emotion";
    /** The neutral band of the lexicon scorer that wrote scores without a label. */
    static final double LEGACY_NEUTRAL_BAND = 0.2;

    private MessageSentiment() {
    }

    /** The event data that records {@code sentiment}. */
    public static Map<String, String> data(Sentiment sentiment) {
        return Map.of(SCORE, String.format(Locale.ROOT, "%.3f", sentiment.score()),
                POLARITY, sentiment.label().name().toLowerCase(Locale.ROOT),
                EMOTION, sentiment.emotion().wireName());
    }

    /** The sentiment a customer message's event recorded, if it recorded one. */
    public static Optional<Sentiment> of(ConversationEvent event) {
        String score = event.data(SCORE);
        if (score == null) {
            return Optional.empty();
        }
        double value = Math.max(-1, Math.min(1, Double.parseDouble(score)));
        String polarity = event.data(POLARITY);
        Sentiment.Label label = polarity == null ? Sentiment.labelOf(value, LEGACY_NEUTRAL_BAND)
                : Sentiment.Label.valueOf(polarity.toUpperCase(Locale.ROOT));
        String emotion = event.data(EMOTION);
        return Optional.of(new Sentiment(value, label, emotion == null ? Emotion.NONE : Emotion.valueOf(emotion.toUpperCase(Locale.ROOT))));
    }
}
