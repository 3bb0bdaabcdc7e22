package dev.kefu.app.channel.dingtalk;

import dev.kefu.app.channel.Destination;
import dev.kefu.app.channel.InboundPayloads;
import dev.kefu.app.channel.OutboundChannel;
import dev.kefu.app.channel.OutboundMessage;
import dev.kefu.app.channel.TextLimit;
import dev.kefu.app.channel.http.PlatformCallException;
import dev.kefu.app.channel.http.PlatformHttp;
import dev.kefu.app.channel.http.PlatformRequest;
import dev.kefu.app.channel.http.PlatformResponse;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Answers through the {@code sessionWebhook} a DingTalk callback carries (no token needed; the URL
 * is the credential and is never logged), as markdown, @-mentioning members with {@code atUserIds}.
 * A session that has expired cannot be written to; a robot cannot open a private chat.
 */
final class DingTalkClient implements OutboundChannel {

    static final String CHANNEL = "dingtalk";
    private static final int TITLE_LENGTH = 20;

    private final PlatformHttp http;
    private final Clock clock;

    DingTalkClient(PlatformHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public String name() {
        return CHANNEL;
    }

    /** DingTalk takes up to 20,000 bytes of message. */
    @Override
    public TextLimit textLimit() {
        return TextLimit.utf8Bytes(20_000);
    }

    /** DingTalk renders the knowledge base's Markdown as it is. */
    @Override
    public String format(String markdown) {
        return markdown;
    }

    @Override
    public void send(OutboundMessage message) {
        Destination to = message.to();
        if (to.sessionUrl() == null || to.sessionExpiresAt() == null || !clock.instant().isBefore(to.sessionExpiresAt())) {
            throw new PlatformCallException("dingtalk sendBySession: the session webhook of chat " + to.chatId()
                    + " has expired", 0, true);
        }
        String mentions = message.mentionUserIds().stream().map(u -> "@" + u + " ").collect(Collectors.joining());
        String firstLine = message.text().strip().lines().findFirst().orElse("kefu");
        String title = firstLine.length() > TITLE_LENGTH ? firstLine.substring(0, TITLE_LENGTH) : firstLine;
        String body = InboundPayloads.json(Map.of(
                "msgtype", "markdown",
                "markdown", Map.of("title", title, "text", mentions + message.text()),
                "at", Map.of("atUserIds", message.mentionUserIds(), "isAtAll", false)));
        PlatformResponse response = http.send(PlatformRequest.post("dingtalk sendBySession", URI.create(to.sessionUrl()),
                null, body));
        JsonNode answer = InboundPayloads.parse(response.body());
        if (answer.path("errcode").asInt(-1) != 0) {
            throw new PlatformCallException("dingtalk sendBySession refused: " + answer.path("errcode").asInt(-1) + " "
                    + answer.path("errmsg").asString(""), response.status(), true);
        }
    }

    @Override
    public boolean mentionsTheMemberItAnswers() {
        return true;
    }

    @Override
    public Optional<Destination> privateChat(String userId) {
        return Optional.empty();
    }
}
