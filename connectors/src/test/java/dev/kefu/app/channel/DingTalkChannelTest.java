package dev.kefu.app.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.EventKind;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** DingTalk's outgoing robot end to end: signed callbacks shaped as DingTalk documents them in, session-webhook calls to WireMock out. */
class DingTalkChannelTest extends ChannelApiTestSupport {

    static final String SESSION = "/dingtalk/robot/sendBySession?session=c5b8a4f1e2d3";
    private static final AtomicLong IDS = new AtomicLong(40_000);

    static Map<String, Object> callback(String sender, String text, boolean group) {
        long now = System.currentTimeMillis();
        Map<String, Object> callback = new HashMap<>();
        callback.put("conversationId", group ? "cidGROUP1" : "cidPRIVATE" + sender);
        callback.put("atUsers", List.of(Map.of("dingtalkId", "$:LWCP_v1:$robot")));
        callback.put("chatbotCorpId", "dinge8a565a4a5b6c7d8");
        callback.put("chatbotUserId", "$:LWCP_v1:$robot");
        callback.put("msgId", "msg" + IDS.incrementAndGet() + "Ab3+Cd==");
        callback.put("senderNick", "张三");
        callback.put("isAdmin", false);
        callback.put("senderStaffId", sender);
        callback.put("sessionWebhookExpiredTime", now + 90 * 60_000);
        callback.put("createAt", now);
        callback.put("senderCorpId", "dinge8a565a4a5b6c7d8");
        callback.put("conversationType", group ? "2" : "1");
        callback.put("senderId", "$:LWCP_v1:$" + sender);
        callback.put("conversationTitle", "售后服务群");
        callback.put("isInAtList", group);
        callback.put("sessionWebhook", PLATFORMS.baseUrl() + SESSION);
        callback.put("text", Map.of("content", " " + text));
        callback.put("robotCode", "normal");
        callback.put("msgtype", "text");
        return callback;
    }

    static String sign(long timestamp) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(DINGTALK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal((timestamp + "\n" + DINGTALK_SECRET).getBytes(StandardCharsets.UTF_8)));
    }

    HttpResponse<String> deliver(Map<String, Object> callback) throws Exception {
        long now = System.currentTimeMillis();
        return call("/api/v1/channels/dingtalk/callback", json(callback),
                Map.of("timestamp", Long.toString(now), "sign", sign(now)));
    }

    static String staff() {
        return "staff" + IDS.incrementAndGet();
    }

    static List<JsonNode> sent() {
        return PLATFORMS.findAll(postRequestedFor(urlEqualTo(SESSION))).stream()
                .map(r -> InboundPayloads.parse(r.getBodyAsString())).toList();
    }

    @Test
    void answersThroughTheSessionWebhookMentioningTheSender() throws Exception {
        String staff = staff();
        assertThat(deliver(callback(staff, "How do I return an item?", true)).statusCode()).isEqualTo(200);
        PLATFORMS.verify(1, postRequestedFor(urlEqualTo(SESSION)).withRequestBody(equalToJson(json(Map.of(
                "msgtype", "markdown",
                "markdown", Map.of("title", RETURNS_EN.substring(0, 20),
                        "text", "@" + staff + " " + RETURNS_EN),
                "at", Map.of("atUserIds", List.of(staff), "isAtAll", false))), true, false)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"怎么退货, 签收后 **7 天内**", "怎麼退貨, 簽收後 **7 天內**", "How do I return an item?, within **7 days**"})
    void answersPrivateChatsInEachLanguageAndScript(String text, String answer) throws Exception {
        deliver(callback(staff(), text, false));
        assertThat(sent()).singleElement().satisfies(m -> {
            assertThat(m.path("markdown").path("text").asString()).contains(answer);
            assertThat(m.path("at").path("atUserIds")).isEmpty();
        });
    }

    @Test
    void refusesForgedStaleAndUnsignedCallbacksAndProcessesNothing() throws Exception {
        String staff = staff();
        String body = json(callback(staff, "怎么退货", true));
        long now = System.currentTimeMillis();
        long stale = now - Duration.ofMinutes(61).toMillis();
        List<Map<String, String>> refused = List.of(
                Map.of("timestamp", Long.toString(now), "sign", sign(now + 1)),
                Map.of("timestamp", Long.toString(now), "sign", sign(now).substring(1)),
                Map.of("timestamp", Long.toString(stale), "sign", sign(stale)),
                Map.of("timestamp", "now", "sign", sign(now)),
                Map.of());
        for (Map<String, String> headers : refused) {
            HttpResponse<String> response = call("/api/v1/channels/dingtalk/callback", body, headers);
            assertThat(response.statusCode()).as(headers.toString()).isEqualTo(401);
            assertThat(InboundPayloads.parse(response.body()).path("status").asInt()).isEqualTo(401);
        }
        assertThat(PLATFORMS.getAllServeEvents()).isEmpty();
        assertThat(engine.store().findOpen("dingtalk", staff)).isEmpty();
    }

    @Test
    void answersSignedButMalformedCallbacksWith4xxJson() throws Exception {
        long now = System.currentTimeMillis();
        Map<String, String> signed = Map.of("timestamp", Long.toString(now), "sign", sign(now));
        Map<String, Object> withoutSession = callback(staff(), "怎么退货", true);
        withoutSession.remove("sessionWebhook");
        for (String body : List.of("not json", "[]", "{\"msgId\":", json(withoutSession), json(Map.of("msgId", 7)))) {
            HttpResponse<String> response = call("/api/v1/channels/dingtalk/callback", body, signed);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(InboundPayloads.parse(response.body()).path("status").asInt()).isEqualTo(400);
        }
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/channels/dingtalk/callback"))
                .header("Content-Type", "text/plain").header("timestamp", Long.toString(now)).header("sign", sign(now))
                .POST(HttpRequest.BodyPublishers.ofString("hello")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(PLATFORMS.getAllServeEvents()).isEmpty();
    }

    @Test
    void processesARedeliveredMessageOnceAndNeverWritesToAnExpiredSessionOrAnotherHost() throws Exception {
        Map<String, Object> callback = callback(staff(), "怎么退货", true);
        deliver(callback);
        deliver(callback);
        assertThat(sent()).hasSize(1);

        Map<String, Object> expired = callback(staff(), "怎么退货", true);
        expired.put("sessionWebhookExpiredTime", System.currentTimeMillis() - 1_000);
        assertThat(deliver(expired).statusCode()).isEqualTo(200);
        Map<String, Object> elsewhere = callback(staff(), "怎么退货", true);
        elsewhere.put("sessionWebhook", "http://169.254.169.254/latest/meta-data");
        assertThat(deliver(elsewhere).statusCode()).isEqualTo(400);
        assertThat(sent()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'我的手机号是13812345678，帮我查一下', 请直接私信我",
        "'我的身份證號是11010519491231002X', 請直接私信我",
        "'I want to file a complaint about your service', Please send me a direct message",
    })
    void movesPersonalDataAndComplaintsOutOfTheGroupMentioningTheMember(String text, String notice) throws Exception {
        String staff = staff();
        deliver(callback(staff, text, true));
        assertThat(sent()).singleElement().satisfies(m -> {
            assertThat(m.path("markdown").path("text").asString()).startsWith("@" + staff + " ").contains(notice)
                    .doesNotContain("13812345678", "11010519491231002X");
            assertThat(m.path("at").path("atUserIds").get(0).asString()).isEqualTo(staff);
        });
    }

    @Test
    void flagsAbuseToTheModeratorsInTheGroup() throws Exception {
        deliver(callback(staff(), "你就是个傻逼", true));
        assertThat(sent()).singleElement().satisfies(m -> {
            assertThat(m.path("markdown").path("text").asString()).startsWith("@" + DINGTALK_MODERATOR).contains("类别 insult");
            assertThat(m.path("at").path("atUserIds").get(0).asString()).isEqualTo(DINGTALK_MODERATOR);
        });
    }

    @Test
    void splitsALongAgentReplyWithinDingTalksByteLimit() throws Exception {
        String staff = staff();
        deliver(callback(staff, "怎么退货", false));
        Conversation conversation = engine.store().findOpen("dingtalk", staff).orElseThrow();
        String reply = "非常抱歉给您带来不便，我们会尽快处理。".repeat(450);
        engine.store().append(List.of(new ConversationEvent(conversation.id(), conversation.lastSequence() + 1,
                Instant.now(), EventKind.AGENT_MESSAGE, "agent:wang", reply, Map.of())));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sent()).hasSize(3));
        List<String> parts = sent().subList(1, 3).stream().map(m -> m.path("markdown").path("text").asString()).toList();
        assertThat(parts).allSatisfy(p -> {
            assertThat(p.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(20_000);
            assertThat(p).endsWith("。");
        });
        assertThat(String.join("", parts)).isEqualTo(reply);
    }

    @Test
    void sendsAnAgentsReplyThroughTheLatestSessionWebhook() throws Exception {
        String staff = staff();
        deliver(callback(staff, "怎么退货", false));
        Conversation conversation = engine.store().findOpen("dingtalk", staff).orElseThrow();
        engine.store().append(List.of(new ConversationEvent(conversation.id(), conversation.lastSequence() + 1,
                Instant.now(), EventKind.AGENT_MESSAGE, "agent:wang", "您好，我是客服小王，已为您登记退货。", Map.of())));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sent()).hasSize(2));
        assertThat(sent().get(1).path("markdown").path("text").asString()).isEqualTo("您好，我是客服小王，已为您登记退货。");
    }
}
