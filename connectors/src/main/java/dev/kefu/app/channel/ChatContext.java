package dev.kefu.app.channel;

import java.util.Objects;

/**
 * What the platform says about a message beyond its text: where an answer goes ({@code replyTo}),
 * whether it was written in a group and how it was addressed to the bot, who sent it, the
 * platform's id of the message (to reply to it) and of the delivery (to process it once).
 */
public record ChatContext(Destination replyTo, boolean group, Addressing addressing, String senderId,
                          String senderName, String messageId, String deliveryId) {

    public ChatContext {
        Objects.requireNonNull(replyTo, "replyTo");
        Objects.requireNonNull(addressing, "addressing");
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(deliveryId, "deliveryId");
    }
}
