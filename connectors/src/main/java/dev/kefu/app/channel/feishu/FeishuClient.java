package dev.kefu.app.channel.feishu;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The Open API calls kefu makes: a tenant access token for the app ({@code auth/v3/tenant_access_token/internal},
 * kept until five minutes before it expires), then text messages, as a reply to the member's message
 * ({@code im/v1/messages/:id/reply}) or to a chat or a member ({@code im/v1/messages}), with
 * {@code <at user_id>} mentions and a {@code uuid} made from our message id, so that Feishu too sends
 * a message once. The token travels in the Authorization header, which is never logged.
 */
final class FeishuClient implements OutboundChannel {

    static final String CHANNEL = "feishu";
    private static final Duration TOKEN_MARGIN = Duration.ofMinutes(5);
    // Feishu text has no markup but mentions: bold is plain, a link shows its address
    private static final MarkdownLite PLAIN = new MarkdownLite(FeishuClient::neutralizeTags, b -> b,
            (text, url) -> text + " (" + url + ")");

    private final PlatformHttp http;
    private final String apiBase;
    private final String appId;
    private final String appSecret;
    private final Clock clock;
    private String token;
    private Instant tokenExpires = Instant.MIN;

    FeishuClient(PlatformHttp http, String baseUrl, String appId, String appSecret, Clock clock) {
        this.http = http;
        this.apiBase = Objects.requireNonNull(baseUrl, "base-url").replaceAll("/+$", "") + "/open-apis";
        this.appId = Objects.requireNonNull(appId, "kefu.channels.feishu.app-id is required");
        this.appSecret = Objects.requireNonNull(appSecret, "kefu.channels.feishu.app-secret is required");
        this.clock = clock;
    }

    @Override
    public String name() {
        return CHANNEL;
    }

    /** Feishu takes a text message's request up to 150 KB; its text, escaped twice as JSON, stays well within that. */
    @Override
    public TextLimit textLimit() {
        return TextLimit.utf8Bytes(30_000);
    }

    @Override
    public String format(String markdown) {
        return PLAIN.render(markdown);
    }

    @Override
    public void send(OutboundMessage message) {
        String mentions = message.mentionUserIds().stream().map(u -> "<at user_id=\"" + u + "\"></at> ")
                .collect(Collectors.joining());
        Map<String, Object> body = new LinkedHashMap<>();
        String path;
        if (message.replyToMessageId() != null) {
            path = "/im/v1/messages/" + URLEncoder.encode(message.replyToMessageId(), StandardCharsets.UTF_8) + "/reply";
        } else {
            // a member's open_id starts with ou_, a chat's id with oc_
            String type = message.to().chatId().startsWith("ou_") ? "open_id" : "chat_id";
            path = "/im/v1/messages?receive_id_type=" + type;
            body.put("receive_id", message.to().chatId());
        }
        body.put("msg_type", "text");
        body.put("content", InboundPayloads.json(Map.of("text", mentions + message.text())));
        body.put("uuid", UUID.nameUUIDFromBytes(message.id().getBytes(StandardCharsets.UTF_8)).toString());
        call("feishu " + (message.replyToMessageId() != null ? "reply" : "send message"), path,
                Map.of("Authorization", "Bearer " + token()), body);
    }

    /** The bot writes to a member of the app's scope by their open_id. */
    @Override
    public Optional<Destination> privateChat(String userId) {
        return Optional.of(Destination.chat(userId, null, true));
    }

    private synchronized String token() {
        if (token == null || !clock.instant().isBefore(tokenExpires)) {
            JsonNode answer = call("feishu tenant_access_token", "/auth/v3/tenant_access_token/internal", Map.of(),
                    Map.<String, Object>of("app_id", appId, "app_secret", appSecret));
            String issued = InboundPayloads.text(answer, "tenant_access_token");
            if (issued == null) {
                throw new PlatformCallException("feishu tenant_access_token answered no token", 200, true);
            }
            token = issued;
            tokenExpires = clock.instant().plusSeconds(answer.path("expire").asLong(0)).minus(TOKEN_MARGIN);
        }
        return token;
    }

    private JsonNode call(String operation, String path, Map<String, String> headers, Map<String, Object> body) {
        PlatformResponse response = http.send(PlatformRequest.post(operation, URI.create(apiBase + path), headers,
                InboundPayloads.json(body)));
        JsonNode answer = InboundPayloads.parse(response.body());
        if (answer.path("code").asInt(-1) != 0) {
            throw new PlatformCallException(operation + " refused: " + answer.path("code").asInt(-1) + " "
                    + answer.path("msg").asString(""), response.status(), true);
        }
        return answer;
    }

    /** Text cannot make Feishu mention anyone: an {@code <at} written in it is shown, not followed. */
    private static String neutralizeTags(String text) {
        return text.replace("<at", "‹at");
    }
}
