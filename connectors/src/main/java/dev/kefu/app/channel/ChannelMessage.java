package dev.kefu.app.channel;

import dev.kefu.core.message.InboundMessage;
import java.util.Objects;

/**
 * A platform payload as an inbound adapter turns it: the message the engine reads (its text
 * without the bot's mention or command) and the platform context the group etiquette reads.
 */
public record ChannelMessage(InboundMessage message, ChatContext chat) {

    public ChannelMessage {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(chat, "chat");
    }
}
