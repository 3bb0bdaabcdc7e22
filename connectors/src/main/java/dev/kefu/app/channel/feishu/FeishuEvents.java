package dev.kefu.app.channel.feishu;

import dev.kefu.app.channel.Addressing;
import dev.kefu.app.channel.ChannelDispatcher;
import dev.kefu.app.channel.ChannelMessage;
import dev.kefu.app.channel.ChatContext;
import dev.kefu.app.channel.Destination;
import dev.kefu.app.channel.InboundPayloads;
import dev.kefu.app.web.InvalidInputException;
import dev.kefu.core.message.InboundMessage;
import java.time.Clock;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * The inbound half of the Feishu adapter: reads an {@code im.message.receive_v1} event (schema 2.0)
 * from a member ({@code sender_type} user). A {@code p2p} chat is private; in a {@code group} the bot
 * is addressed when the message's {@code mentions} include its {@code open_id}, whose placeholder
 * ({@code @_user_1}) is taken out of the text and the others' replaced by their names. Each
 * {@code event_id} is processed once, so Feishu's redeliveries change nothing.
 */
final class FeishuEvents {

    static final String MESSAGE_RECEIVED = "im.message.receive_v1";

    private final FeishuClient client;
    private final ChannelDispatcher dispatcher;
    private final String botOpenId;
    private final Clock clock;

    FeishuEvents(FeishuClient client, ChannelDispatcher dispatcher, String botOpenId, Clock clock) {
        this.client = client;
        this.dispatcher = dispatcher;
        this.botOpenId = botOpenId;
        this.clock = clock;
    }

    void handle(JsonNode payload) {
        String eventId = InboundPayloads.text(payload.path("header"), "event_id");
        JsonNode event = payload.path("event");
        JsonNode message = event.path("message");
        String messageId = InboundPayloads.text(message, "message_id");
        String chatId = InboundPayloads.text(message, "chat_id");
        String chatType = InboundPayloads.text(message, "chat_type");
        String sender = InboundPayloads.text(event.path("sender").path("sender_id"), "open_id");
        if (eventId == null || messageId == null || chatId == null || chatType == null || sender == null) {
            throw new InvalidInputException("event", "must be an " + MESSAGE_RECEIVED
                    + " event with header.event_id, message_id, chat_id, chat_type and the sender's open_id");
        }
        if (!"user".equals(InboundPayloads.text(event.path("sender"), "sender_type"))
                || !"text".equals(InboundPayloads.text(message, "message_type"))) {
            return;
        }
        String raw = InboundPayloads.text(message, "content");
        String content = raw == null ? null : InboundPayloads.text(InboundPayloads.parse(raw), "text");
        if (content == null) {
            throw new InvalidInputException("content", "must be a text message's JSON content");
        }
        boolean group = !"p2p".equals(chatType);
        boolean mentioned = false;
        for (JsonNode mention : message.path("mentions")) {
            String key = InboundPayloads.text(mention, "key");
            if (key == null) {
                continue;
            }
            boolean bot = botOpenId != null && botOpenId.equals(InboundPayloads.text(mention.path("id"), "open_id"));
            mentioned |= bot;
            String name = InboundPayloads.text(mention, "name");
            content = content.replace(key, bot ? "" : "@" + (name == null ? "" : name));
        }
        String text = content.strip();
        if (text.isEmpty()) {
            return;
        }
        Destination replyTo = Destination.chat(chatId, null, !group);
        ChatContext chat = new ChatContext(replyTo, group, mentioned ? Addressing.MENTION : Addressing.NONE, sender, null,
                messageId, eventId);
        InboundMessage inbound = new InboundMessage(FeishuClient.CHANNEL, sender, null, text, messageId, created(message));
        dispatcher.dispatch(client, new ChannelMessage(inbound, chat));
    }

    /** When the member wrote it ({@code create_time}, milliseconds as a string), else now. */
    private Instant created(JsonNode message) {
        String millis = InboundPayloads.text(message, "create_time");
        try {
            return millis == null ? clock.instant() : Instant.ofEpochMilli(Long.parseLong(millis));
        } catch (NumberFormatException e) {
            return clock.instant();
        }
    }
}
