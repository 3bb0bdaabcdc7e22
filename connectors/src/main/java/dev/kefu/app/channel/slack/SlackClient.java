package dev.kefu.app.channel.slack;

import dev.kefu.app.channel.Destination;
import dev.kefu.app.channel.InboundPayloads;
import dev.kefu.app.channel.MarkdownLite;
import dev.kefu.app.channel.OutboundChannel;
import dev.kefu.app.channel.OutboundMessage;
import dev.kefu.app.channel.TextLimit;
import dev.kefu.app.channel.http.PlatformCallException;
import dev.kefu.app.channel.http.PlatformHttp;
import dev.kefu.app.channel.http.PlatformRequest;
import dev.kefu.app.channel.http.PlatformResponse;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The Web API calls kefu makes: {@code chat.postMessage} in mrkdwn ({@code & < >} escaped, as Slack
 * asks), in the thread of the member's message, and {@code conversations.open} for a DM. The bot
 * token travels in the Authorization header, which is never logged.
 */
final class SlackClient implements OutboundChannel {

    static final String CHANNEL = "slack";
    private static final MarkdownLite MRKDWN = new MarkdownLite(MarkdownLite::escapeAngleBrackets, b -> "*" + b + "*",
            (text, url) -> "<" + url + "|" + text + ">");

    private final PlatformHttp http;
    private final String apiBase;
    private final Map<String, String> authorization;

    SlackClient(PlatformHttp http, String baseUrl, String botToken) {
        this.http = http;
        this.apiBase = Objects.requireNonNull(baseUrl, "base-url").replaceAll("/+$", "");
        this.authorization = Map.of("Authorization",
                "Bearer " + Objects.requireNonNull(botToken, "kefu.channels.slack.bot-token is required"));
    }

    @Override
    public String name() {
        return CHANNEL;
    }

    /** Slack truncates messages over 40,000 characters and advises 4,000 for readable ones. */
    @Override
    public TextLimit textLimit() {
        return TextLimit.characters(4000);
    }

    @Override
    public String format(String markdown) {
        return MRKDWN.render(markdown);
    }

    @Override
    public void send(OutboundMessage message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", message.to().chatId());
        String mentions = message.mentionUserIds().stream().map(u -> "<@" + u + "> ").collect(Collectors.joining());
        body.put("text", mentions + message.text());
        if (message.to().threadId() != null) {
            body.put("thread_ts", message.to().threadId());
        }
        body.put("mrkdwn", true);
        call("chat.postMessage", body);
    }

    /** Opens (or finds) the DM with the member. */
    @Override
    public Optional<Destination> privateChat(String userId) {
        JsonNode answer = call("conversations.open", Map.of("users", userId));
        String channel = InboundPayloads.text(answer.path("channel"), "id");
        if (channel == null) {
            throw new PlatformCallException("slack conversations.open answered no channel id", 200, true);
        }
        return Optional.of(Destination.chat(channel, null, true));
    }

    private JsonNode call(String method, Map<String, Object> body) {
        PlatformResponse response = http.send(PlatformRequest.post("slack " + method, URI.create(apiBase + "/" + method),
                authorization, InboundPayloads.json(body)));
        JsonNode answer = InboundPayloads.parse(response.body());
        if (!answer.path("ok").asBoolean(false)) {
            throw new PlatformCallException("slack " + method + " refused: " + answer.path("error").asString(""),
                    response.status(), true);
        }
        return answer;
    }
}
