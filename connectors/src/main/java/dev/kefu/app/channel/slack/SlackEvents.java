package dev.kefu.app.channel.slack;

import dev.kefu.app.channel.Addressing;
import dev.kefu.app.channel.ChannelDispatcher;
import dev.kefu.app.channel.ChannelMessage;
import dev.kefu.app.channel.ChatContext;
import dev.kefu.app.channel.Destination;
import dev.kefu.app.channel.InboundPayloads;
import dev.kefu.core.message.InboundMessage;
import java.math.BigDecimal;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * The inbound half of the Slack adapter: reads an {@code event_callback} of the Events API.
 * {@code app_mention} in a channel is answered in its thread; {@code message} in a DM
 * ({@code channel_type im}) is answered there; other channel messages count as replies when they are
 * in a thread the bot started, and are otherwise not addressed to it. Messages of bots (the bot's
 * own included), edits and other subtypes are ignored.
 */
final class SlackEvents {

    private final SlackClient client;
    private final ChannelDispatcher dispatcher;
    private final String configuredBotUserId;

    SlackEvents(SlackClient client, ChannelDispatcher dispatcher, String configuredBotUserId) {
        this.client = client;
        this.dispatcher = dispatcher;
        this.configuredBotUserId = configuredBotUserId;
    }

    void handle(JsonNode payload) {
        JsonNode event = payload.path("event");
        String type = InboundPayloads.text(event, "type");
        String eventId = InboundPayloads.text(payload, "event_id");
        String user = InboundPayloads.text(event, "user");
        String text = InboundPayloads.text(event, "text");
        String channel = InboundPayloads.text(event, "channel");
        String ts = InboundPayloads.text(event, "ts");
        String bot = botUserId(payload);
        if (type == null || eventId == null || user == null || text == null || channel == null || ts == null
                || event.has("bot_id") || event.has("subtype") || user.equals(bot)) {
            return;
        }
        String mention = bot == null ? null : "<@" + bot + ">";
        boolean direct = "im".equals(InboundPayloads.text(event, "channel_type")) || channel.startsWith("D");
        Addressing addressing;
        if (type.equals("app_mention")) {
            addressing = Addressing.MENTION;
        } else if (type.equals("message") && direct) {
            addressing = Addressing.NONE;
        } else if (type.equals("message")) {
            if (mention != null && text.contains(mention)) {
                return; // its app_mention event is the one answered
            }
            addressing = bot != null && bot.equals(InboundPayloads.text(event, "parent_user_id")) ? Addressing.REPLY : Addressing.NONE;
        } else {
            return;
        }
        String threadTs = InboundPayloads.text(event, "thread_ts");
        String stripped = unescape(mention == null ? text : text.replace(mention, "")).strip();
        if (stripped.isEmpty()) {
            return;
        }
        Destination replyTo = Destination.chat(channel, direct ? threadTs : threadTs != null ? threadTs : ts, direct);
        ChatContext chat = new ChatContext(replyTo, !direct, addressing, user, null, ts, eventId);
        InboundMessage message = new InboundMessage(SlackClient.CHANNEL, user, null, stripped, channel + ":" + ts,
                instant(ts));
        dispatcher.dispatch(client, new ChannelMessage(message, chat));
    }

    private String botUserId(JsonNode payload) {
        for (JsonNode authorization : payload.path("authorizations")) {
            if (authorization.path("is_bot").asBoolean(false) && InboundPayloads.text(authorization, "user_id") != null) {
                return InboundPayloads.text(authorization, "user_id");
            }
        }
        return configuredBotUserId;
    }

    /** Slack escapes only these three in message text. */
    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static Instant instant(String ts) {
        try {
            return Instant.ofEpochMilli(new BigDecimal(ts).movePointRight(3).longValue());
        } catch (NumberFormatException | ArithmeticException e) {
            return Instant.now();
        }
    }
}
