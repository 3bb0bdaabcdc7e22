package dev.kefu.core.message;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A customer's message as every channel hands it to the engine. {@code conversationId} is null
 * when the channel does not know it; {@code externalId} is the platform's message id, used to
 * drop redelivered webhooks, or null. {@code tags} are what the channel knows of the customer
 * (e.g. {@code vip}), lower case; a new conversation records them, and the handoff queue serves
 * tagged customers sooner.
 */
public record InboundMessage(String channel, String userId, String conversationId, String text,
                             String externalId, Instant receivedAt, Set<String> tags) {

    public InboundMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(receivedAt, "receivedAt");
        tags = tags == null ? Set.of() : tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        for (String tag : tags) {
            if (!TAG.matcher(tag).matches()) {
                throw new IllegalArgumentException("a tag is 1 to 32 letters, digits, '-' or '_', not '" + tag + "'");
            }
        }
    }

    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}_-]{1,32}");

    /** A message of a customer the channel knows no tags of. */
    public InboundMessage(String channel, String userId, String conversationId, String text, String externalId,
                          Instant receivedAt) {
        this(channel, userId, conversationId, text, externalId, receivedAt, Set.of());
    }
}
