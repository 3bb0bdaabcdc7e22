package dev.kefu.core.message;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer's message as every channel hands it to the engine. {@code conversationId} is null
 * when the channel does not know it; {@code externalId} is the platform's message id, used to
 * drop redelivered webhooks, or null.
 */
public record InboundMessage(String channel, String userId, String conversationId, String text,
                             String externalId, Instant receivedAt) {

    public InboundMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
