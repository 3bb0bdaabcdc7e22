package dev.kefu.app.channel.telegram;

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
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The Bot API calls kefu makes: {@code sendMessage} in HTML (parse_mode HTML, with {@code & < >}
 * escaped), threaded under the member's message and in its forum topic, and {@code getUpdates} for
 * long polling. The token travels in the URI, which is never logged.
 */
final class TelegramClient implements OutboundChannel {

    static final String CHANNEL = "telegram";
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final MarkdownLite HTML = new MarkdownLite(MarkdownLite::escapeAngleBrackets, b -> "<b>" + b + "</b>",
            (text, url) -> "<a href=\"" + url.replace("\"", "&quot;") + "\">" + text + "</a>");

    private final PlatformHttp http;
    private final String apiBase;
    private final String botUsername;

    TelegramClient(PlatformHttp http, String baseUrl, String botToken, String botUsername) {
        this.http = http;
        this.apiBase = Objects.requireNonNull(baseUrl, "base-url").replaceAll("/+$", "") + "/bot"
                + Objects.requireNonNull(botToken, "kefu.channels.telegram.bot-token is required");
        this.botUsername = Objects.requireNonNull(botUsername, "kefu.channels.telegram.bot-username is required");
    }

    @Override
    public String name() {
        return CHANNEL;
    }

    @Override
    public TextLimit textLimit() {
        return TextLimit.characters(4096);
    }

    @Override
    public String format(String markdown) {
        return HTML.render(markdown);
    }

    @Override
    public void send(OutboundMessage message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("chat_id", message.to().chatId());
        if (message.to().threadId() != null) {
            body.put("message_thread_id", Long.parseLong(message.to().threadId()));
        }
        body.put("text", message.text());
        body.put("parse_mode", "HTML");
        if (message.replyToMessageId() != null) {
            body.put("reply_parameters", Map.of("message_id", Long.parseLong(message.replyToMessageId()),
                    "allow_sending_without_reply", true));
        }
        call("sendMessage", body);
    }

    /** The member's private chat with the bot: in Telegram its id is the member's user id. */
    @Override
    public Optional<Destination> privateChat(String userId) {
        return Optional.of(Destination.chat(userId, null, true));
    }

    /** A deep link whose start parameter is the conversation id without dashes (32 of the 64 characters allowed). */
    @Override
    public Optional<String> privateInvitation(String conversationId) {
        if (!UUID.matcher(conversationId).matches()) {
            return Optional.empty();
        }
        return Optional.of("https://t.me/" + botUsername + "?start=" + conversationId.replace("-", ""));
    }

    /** The conversation id a start parameter of {@link #privateInvitation} stands for, if it is one. */
    static Optional<String> conversationOfStart(String parameter) {
        if (parameter == null || !parameter.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return Optional.of(parameter.substring(0, 8) + "-" + parameter.substring(8, 12) + "-" + parameter.substring(12, 16)
                + "-" + parameter.substring(16, 20) + "-" + parameter.substring(20));
    }

    String botUsername() {
        return botUsername;
    }

    /** Updates after {@code offset}, waiting up to {@code timeout} for one to come. */
    JsonNode getUpdates(long offset, Duration timeout, int limit, PlatformHttp pollingHttp) {
        Map<String, Object> body = Map.of("offset", offset, "timeout", timeout.toSeconds(), "limit", limit,
                "allowed_updates", List.of("message"));
        return call(pollingHttp, "getUpdates", body).path("result");
    }

    private JsonNode call(String method, Map<String, Object> body) {
        return call(http, method, body);
    }

    private JsonNode call(PlatformHttp client, String method, Map<String, Object> body) {
        PlatformRequest request = PlatformRequest.post("telegram " + method, URI.create(apiBase + "/" + method), null,
                InboundPayloads.json(body)).withRetryAfter(TelegramClient::retryAfter);
        PlatformResponse response = client.send(request);
        JsonNode answer = InboundPayloads.parse(response.body());
        if (!answer.path("ok").asBoolean(false)) {
            throw new PlatformCallException("telegram " + method + " refused: " + answer.path("description").asString(""),
                    response.status(), true);
        }
        return answer;
    }

    /** Telegram says how long to wait in {@code parameters.retry_after} of the body. */
    private static Optional<Duration> retryAfter(PlatformResponse response) {
        JsonNode seconds = InboundPayloads.parse(response.body()).path("parameters").path("retry_after");
        return seconds.isNumber() ? Optional.of(Duration.ofSeconds(seconds.asLong())) : response.retryAfterHeader();
    }
}
