package dev.kefu.app.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.EventKind;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Slack's Events API end to end: signed event callbacks shaped as Slack documents them in, Web API calls to WireMock out. */
class SlackChannelTest extends ChannelApiTestSupport {

    static final String BOT_USER = "U0LAN0Z89";
    static final String POST_MESSAGE = "/slack/api/chat.postMessage";
    static final String OPEN = "/slack/api/conversations.open";
    private static final AtomicLong IDS = new AtomicLong(1_515_449_522L);

    /** An event_callback of {@code event} with a fresh event id, as Slack sends it. */
    static String callback(String eventId, Map<String, Object> event) {
        return json(Map.of("token", "ZZZZZZWSxiZZZ2yIvs3peJ", "team_id", "T061EG9R6", "api_app_id", "A0PNCHHK2",
                "event", event, "type", "event_callback", "event_id", eventId, "event_time", 1_515_449_522,
                "authorizations", List.of(Map.of("team_id", "T061EG9R6", "user_id", BOT_USER, "is_bot", true,
                        "is_enterprise_install", false))));
    }

    static Map<String, Object> mention(String user, String text, String ts) {
        return Map.of("type", "app_mention", "user", user, "text", "<@" + BOT_USER + "> " + text, "ts", ts,
                "channel", "C0GENERAL", "event_ts", ts);
    }

    static Map<String, Object> directMessage(String user, String text, String ts) {
        return Map.of("type", "message", "channel", "D024BE91L", "user", user, "text", text, "ts", ts,
                "event_ts", ts, "channel_type", "im");
    }

    static String signature(long timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SLACK_SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
    }

    HttpResponse<String> deliver(String body, Map<String, String> extraHeaders) throws Exception {
        long now = Instant.now().getEpochSecond();
        Map<String, String> headers = new HashMap<>(Map.of("X-Slack-Request-Timestamp", Long.toString(now),
                "X-Slack-Signature", signature(now, body)));
        headers.putAll(extraHeaders);
        return call("/api/v1/channels/slack/events", body, headers);
    }

    HttpResponse<String> deliver(String body) throws Exception {
        return deliver(body, Map.of());
    }

    static String user() {
        return "U" + IDS.incrementAndGet();
    }

    static String ts() {
        return IDS.incrementAndGet() + ".000016";
    }

    static List<JsonNode> posted() {
        return PLATFORMS.findAll(postRequestedFor(urlEqualTo(POST_MESSAGE))).stream()
                .map(r -> InboundPayloads.parse(r.getBodyAsString())).toList();
    }

    @Test
    void answersAnAppMentionInItsThreadInMrkdwn() throws Exception {
        String ts = ts();
        assertThat(deliver(callback("Ev" + ts, mention(user(), "How do I return an item?", ts))).statusCode()).isEqualTo(200);
        PLATFORMS.verify(1, postRequestedFor(urlEqualTo(POST_MESSAGE))
                .withHeader("Authorization", equalTo("Bearer " + SLACK_TOKEN))
                .withRequestBody(equalToJson(json(Map.of("channel", "C0GENERAL",
                        "text", "You can return items within *7 days* of delivery &amp; get a refund &lt;in full&gt;.",
                        "thread_ts", ts, "mrkdwn", true)))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"怎么退货, 签收后 *7 天内*", "怎麼退貨, 簽收後 *7 天內*", "How do I return an item?, within *7 days*"})
    void answersDirectMessagesInEachLanguageAndScript(String text, String answer) throws Exception {
        String ts = ts();
        deliver(callback("Ev" + ts, directMessage(user(), text, ts)));
        assertThat(posted()).singleElement().satisfies(m -> {
            assertThat(m.path("channel").asString()).isEqualTo("D024BE91L");
            assertThat(m.path("text").asString()).contains(answer);
            assertThat(m.has("thread_ts")).isFalse();
        });
    }

    @Test
    void answersTheUrlVerificationChallenge() throws Exception {
        HttpResponse<String> response = deliver(json(Map.of("token", "Jhj5dZrVaK7ZwHHjRyZWjbDl",
                "challenge", "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", "type", "url_verification")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(InboundPayloads.parse(response.body()).path("challenge").asString())
                .isEqualTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void refusesForgedStaleAndUnsignedRequestsAndProcessesNothing() throws Exception {
        String user = user(), ts = ts();
        String body = callback("Ev" + ts, mention(user, "怎么退货", ts));
        long now = Instant.now().getEpochSecond();
        long stale = now - 6 * 60;
        List<Map<String, String>> refused = List.of(
                Map.of("X-Slack-Request-Timestamp", Long.toString(now), "X-Slack-Signature", signature(now, body + " ")),
                Map.of("X-Slack-Request-Timestamp", Long.toString(now), "X-Slack-Signature", signature(now, body).replace("v0=", "v1=")),
                Map.of("X-Slack-Request-Timestamp", Long.toString(stale), "X-Slack-Signature", signature(stale, body)),
                Map.of("X-Slack-Request-Timestamp", "yesterday", "X-Slack-Signature", signature(now, body)),
                Map.of());
        for (Map<String, String> headers : refused) {
            HttpResponse<String> response = call("/api/v1/channels/slack/events", body, headers);
            assertThat(response.statusCode()).as(headers.toString()).isEqualTo(401);
            assertThat(InboundPayloads.parse(response.body()).path("status").asInt()).isEqualTo(401);
        }
        assertThat(PLATFORMS.getAllServeEvents()).isEmpty();
        assertThat(engine.store().findOpen("slack", user)).isEmpty();
    }

    @Test
    void answersSignedButMalformedOrOversizedBodiesWith4xxJson() throws Exception {
        for (String body : List.of("not json", "[\"event_callback\"]", "{\"type\":\"event_callback\",\"event\":")) {
            HttpResponse<String> response = deliver(body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(InboundPayloads.parse(response.body()).path("status").asInt()).isEqualTo(400);
        }
        String ts = ts();
        assertThat(deliver(callback("Ev" + ts, Map.of("type", "app_mention", "user", 42, "text", List.of("x"), "ts", ts,
                "channel", "C0GENERAL"))).statusCode()).as("wrong types are ignored").isEqualTo(200);
        assertThat(deliver(callback("Ev" + ts(), mention(user(), "退".repeat(300_000), ts()))).statusCode()).isEqualTo(413);
        assertThat(PLATFORMS.getAllServeEvents()).isEmpty();
    }

    @Test
    void processesSlacksRetriesOfAnEventOnce() throws Exception {
        String ts = ts();
        String body = callback("Ev" + ts, mention(user(), "How do I return an item?", ts));
        deliver(body);
        deliver(body, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
        deliver(body, Map.of("X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason", "http_timeout"));
        assertThat(posted()).hasSize(1);
    }

    @Test
    void ignoresBotsItselfAndChannelMessagesNotAddressedToIt() throws Exception {
        String ts = ts();
        Map<String, Object> fromABot = new HashMap<>(directMessage("U0OTHERBOT", "How do I return an item?", ts));
        fromABot.put("bot_id", "B0123");
        deliver(callback("Ev1" + ts, fromABot));
        deliver(callback("Ev2" + ts, directMessage(BOT_USER, "How do I return an item?", ts())));
        deliver(callback("Ev3" + ts, Map.of("type", "message", "channel", "C0GENERAL", "channel_type", "channel",
                "user", user(), "text", "怎么退货", "ts", ts())));
        Map<String, Object> edited = new HashMap<>(directMessage(user(), "How do I return an item?", ts()));
        edited.put("subtype", "message_changed");
        deliver(callback("Ev4" + ts, edited));
        assertThat(PLATFORMS.getAllServeEvents()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'我的手机号是13812345678，帮我查一下', 我已经私信您了",
        "'我要投訴，你們的服務太差了', 我已經私信您了",
        "'my order number is 88812345, where is it?', I've sent you a direct message",
    })
    void movesPersonalDataAndComplaintsToADirectMessage(String text, String notice) throws Exception {
        String user = user(), ts = ts();
        deliver(callback("Ev" + ts, mention(user, text, ts)));
        PLATFORMS.verify(1, postRequestedFor(urlEqualTo(OPEN)).withRequestBody(equalToJson(json(Map.of("users", user)))));
        List<JsonNode> posted = posted();
        assertThat(posted).hasSize(2);
        assertThat(posted.get(0).path("channel").asString()).isEqualTo("C0GENERAL");
        assertThat(posted.get(0).path("thread_ts").asString()).isEqualTo(ts);
        assertThat(posted.get(0).path("text").asString()).startsWith("<@" + user + "> ").contains(notice)
                .doesNotContain("13812345678", "88812345");
        assertThat(posted.get(1).path("channel").asString()).isEqualTo("D0PRIVATE");
        assertThat(posted.get(1).path("text").asString()).isNotBlank();
    }

    @Test
    void flagsAbuseToTheChannelsModeratorsByDirectMessage() throws Exception {
        String ts = ts();
        deliver(callback("Ev" + ts, mention(user(), "you are a fucking idiot", ts)));
        PLATFORMS.verify(1, postRequestedFor(urlEqualTo(OPEN)).withRequestBody(equalToJson(json(Map.of("users", SLACK_MODERATOR)))));
        assertThat(posted()).singleElement().satisfies(m -> {
            assertThat(m.path("channel").asString()).isEqualTo("D0PRIVATE");
            assertThat(m.path("text").asString()).contains("category insult", "C0GENERAL");
        });
    }

    @Test
    void splitsALongAnswerWithinSlacksLimitInTheThread() throws Exception {
        String ts = ts();
        deliver(callback("Ev" + ts, mention(user(), "What are the shipping fee rules?", ts)));
        assertThat(posted()).hasSize(2).allSatisfy(m -> {
            assertThat(m.path("text").asString().length()).isLessThanOrEqualTo(4000);
            assertThat(m.path("thread_ts").asString()).isEqualTo(ts);
        });
        assertThat(posted().get(0).path("text").asString()).endsWith("kilogram.");
    }

    @Test
    void honoursTheRetryAfterHeaderOfA429() throws Exception {
        PLATFORMS.stubFor(post(urlEqualTo(POST_MESSAGE)).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("open"));
        String ts = ts();
        deliver(callback("Ev" + ts, mention(user(), "How do I return an item?", ts)));
        List<LoggedRequest> calls = PLATFORMS.findAll(postRequestedFor(urlEqualTo(POST_MESSAGE)));
        assertThat(calls).hasSize(2);
        assertThat(calls.get(1).getLoggedDate().getTime() - calls.get(0).getLoggedDate().getTime()).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void sendsAnAgentsReplyIntoTheThread() throws Exception {
        String user = user(), ts = ts();
        deliver(callback("Ev" + ts, mention(user, "How do I return an item?", ts)));
        Conversation conversation = engine.store().findOpen("slack", user).orElseThrow();
        engine.store().append(List.of(new ConversationEvent(conversation.id(), conversation.lastSequence() + 1,
                Instant.now(), EventKind.AGENT_MESSAGE, "agent:amy", "Hi, Amy here. I've checked your return.", Map.of())));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> PLATFORMS.verify(postRequestedFor(urlEqualTo(POST_MESSAGE))
                .withRequestBody(equalToJson(json(Map.of("channel", "C0GENERAL", "thread_ts", ts, "mrkdwn", true,
                        "text", "Hi, Amy here. I've checked your return."))))));
    }
}
