package dev.kefu.app.channel.dingtalk;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The inbound half of the DingTalk adapter: reads an outgoing-robot callback (text messages; in a
 * group, DingTalk sends only those that @ the robot, {@code isInAtList}; {@code conversationType} 1
 * is a private chat, 2 a group). The reply goes through the callback's {@code sessionWebhook}, which
 * must be on the configured DingTalk host and not have expired.
 */
final class DingTalkCallbacks {

    private static final Logger log = LoggerFactory.getLogger(DingTalkCallbacks.class);

    private final DingTalkClient client;
    private final ChannelDispatcher dispatcher;
    private final String baseUrl;
    private final Clock clock;

    DingTalkCallbacks(DingTalkClient client, ChannelDispatcher dispatcher, String baseUrl, Clock clock) {
        this.client = client;
        this.dispatcher = dispatcher;
        this.baseUrl = baseUrl.replaceAll("/+$", "") + "/";
        this.clock = clock;
    }

    void handle(JsonNode callback) {
        String msgId = InboundPayloads.text(callback, "msgId");
        String conversationId = InboundPayloads.text(callback, "conversationId");
        String type = InboundPayloads.text(callback, "conversationType");
        String text = InboundPayloads.text(callback.path("text"), "content");
        String sessionWebhook = InboundPayloads.text(callback, "sessionWebhook");
        String sender = InboundPayloads.text(callback, "senderStaffId") != null
                ? InboundPayloads.text(callback, "senderStaffId") : InboundPayloads.text(callback, "senderId");
        if (msgId == null || conversationId == null || sender == null || sessionWebhook == null
                || !callback.path("sessionWebhookExpiredTime").isNumber()) {
            throw new InvalidInputException("body", "must be a DingTalk callback with msgId, conversationId, sender and sessionWebhook");
        }
        if (!sessionWebhook.startsWith(baseUrl)) {
            throw new InvalidInputException("sessionWebhook", "must be on " + baseUrl);
        }
        if (text == null || !"text".equals(InboundPayloads.text(callback, "msgtype")) || text.isBlank()) {
            return;
        }
        Instant expires = Instant.ofEpochMilli(callback.path("sessionWebhookExpiredTime").asLong());
        if (!clock.instant().isBefore(expires)) {
            log.warn("dingtalk: message {} came with an expired session webhook; it cannot be answered", msgId);
            return;
        }
        boolean group = "2".equals(type);
        Addressing addressing = callback.path("isInAtList").asBoolean(false) ? Addressing.MENTION : Addressing.NONE;
        Destination replyTo = new Destination(conversationId, null, !group, sessionWebhook, expires);
        ChatContext chat = new ChatContext(replyTo, group, addressing, sender, InboundPayloads.text(callback, "senderNick"),
                msgId, msgId);
        Instant created = callback.path("createAt").isNumber() ? Instant.ofEpochMilli(callback.path("createAt").asLong())
                : clock.instant();
        InboundMessage message = new InboundMessage(DingTalkClient.CHANNEL, sender, null, text.strip(), msgId, created);
        dispatcher.dispatch(client, new ChannelMessage(message, chat));
    }
}
