package dev.kefu.app.channel.web;

import dev.kefu.app.channel.Addressing;
import dev.kefu.app.channel.ChannelMessage;
import dev.kefu.app.channel.ChannelState;
import dev.kefu.app.channel.ChatContext;
import dev.kefu.app.channel.InboundPayloads;
import dev.kefu.app.web.InvalidInputException;
import dev.kefu.core.message.InboundMessage;
import java.time.Clock;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The inbound half of the web chat: turns what a visitor sends over HTTP (a chat message) and over
 * the widget's live socket (hello, watch, typing) into what the channel layer reads, and refuses
 * what is too long or malformed with an {@link InvalidInputException} that names the field. A
 * visitor who watches a conversation is routed to it, so that agents' replies reach them even when
 * they have not written since a restart.
 */
public final class WebInbound {

    private final ChannelState state;
    private final int maxTextLength;
    private final Clock clock;

    public WebInbound(ChannelState state, int maxTextLength, Clock clock) {
        this.state = state;
        this.maxTextLength = maxTextLength;
        this.clock = clock;
    }

    /** A visitor's message, already checked for its fields' form by the API, as a private message of the web channel. */
    ChannelMessage message(ChatRequest request) {
        if (request.text().length() > maxTextLength) {
            throw new InvalidInputException("text", "must be at most " + maxTextLength + " characters");
        }
        InboundMessage message = new InboundMessage(WebChannel.NAME, request.userId(), request.conversationId(),
                request.text(), null, clock.instant());
        // a web request is not redelivered: each is its own delivery
        ChatContext chat = new ChatContext(WebChannel.visitor(request.userId()), false, Addressing.NONE, request.userId(),
                null, null, "http:" + UUID.randomUUID());
        return new ChannelMessage(message, chat);
    }

    /** One message of the live socket, or {@link InvalidInputException} when it is not one. */
    public LiveRequest live(String payload) {
        JsonNode request = InboundPayloads.parse(payload);
        if (!request.isObject()) {
            throw new InvalidInputException("message", "must be a JSON object");
        }
        return new LiveRequest(string(request, "type", ""), string(request, "token", null),
                string(request, "conversationId", null), after(request), flag(request, "typing"));
    }

    /** The visitor watches the conversation: agents' replies in it are sent to them. */
    public void watching(String visitorId, String conversationId) {
        state.route(conversationId, WebChannel.NAME, WebChannel.visitor(visitorId));
    }

    private static String string(JsonNode request, String field, String absent) {
        JsonNode value = request.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return absent;
        }
        if (!value.isString()) {
            throw new InvalidInputException(field, "must be a string");
        }
        return value.asString();
    }

    private static long after(JsonNode request) {
        JsonNode value = request.path("after");
        if (value.isMissingNode() || value.isNull()) {
            return 0;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 0) {
            throw new InvalidInputException("after", "must be a whole number, 0 or more");
        }
        return value.asLong();
    }

    private static boolean flag(JsonNode request, String field) {
        JsonNode value = request.path(field);
        if (!value.isMissingNode() && !value.isNull() && !value.isBoolean()) {
            throw new InvalidInputException(field, "must be true or false");
        }
        return value.asBoolean(false);
    }
}
