package dev.kefu.app.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.EventKind;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Feishu's event subscription end to end: events encrypted and signed with the Encrypt Key as Feishu
 * documents them in, Open API calls to WireMock out.
 */
class FeishuChannelTest extends ChannelApiTestSupport {

    private static final String EVENTS = "/api/v1/channels/feishu/events";
    private static final AtomicLong IDS = new AtomicLong(70_000);
    private static final SecureRandom RANDOM = new SecureRandom();

    static String member() {
        return "ou_member_" + IDS.incrementAndGet();
    }

    /** An {@code im.message.receive_v1} event of schema 2.0; {@code mentioned} is the open_id @-mentioned first, or null. */
    static Map<String, Object> event(String sender, String text, String chatType, String mentioned) {
        long now = System.currentTimeMillis();
        String messageId = "om_" + IDS.incrementAndGet();
        Map<String, Object> message = new HashMap<>();
        message.put("message_id", messageId);
        message.put("chat_id", "p2p".equals(chatType) ? "oc_p2p_" + sender : "oc_group_after_sales");
        message.put("chat_type", chatType);
        message.put("message_type", "text");
        message.put("create_time", Long.toString(now));
        message.put("content", json(Map.of("text", mentioned == null ? text : "@_user_1 " + text)));
        message.put("mentions", mentioned == null ? List.of() : List.of(Map.of("key", "@_user_1",
                "id", Map.of("open_id", mentioned, "union_id", "on_x", "user_id", ""), "name", "客服助手", "tenant_key", "2ca1d211f64f6438")));
        return Map.of("schema", "2.0",
                "header", Map.of("event_id", "5e3702a84e847582be8db7fb73283c" + IDS.incrementAndGet(), "event_type", "im.message.receive_v1",
                        "create_time", Long.toString(now), "token", FEISHU_VERIFICATION_TOKEN, "app_id", "cli_a1b2c3d4e5f6",
                        "tenant_key", "2ca1d211f64f6438"),
                "event", Map.of("sender", Map.of("sender_id", Map.of("open_id", sender, "union_id", "on_" + sender, "user_id", ""),
                        "sender_type", "user", "tenant_key", "2ca1d211f64f6438"), "message", message));
    }

    static String encrypted(Object payload) throws Exception {
        byte[] iv = new byte[16];
        RANDOM.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(MessageDigest.getInstance("SHA-256")
                .digest(FEISHU_ENCRYPT_KEY.getBytes(StandardCharsets.UTF_8)), "AES"), new IvParameterSpec(iv));
        byte[] sealed = cipher.doFinal(json(payload).getBytes(StandardCharsets.UTF_8));
        byte[] raw = new byte[16 + sealed.length];
        System.arraycopy(iv, 0, raw, 0, 16);
        System.arraycopy(sealed, 0, raw, 16, sealed.length);
        return json(Map.of("encrypt", Base64.getEncoder().encodeToString(raw)));
    }

    static String signature(String timestamp, String nonce, String key, String body) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest((timestamp + nonce + key + body).getBytes(StandardCharsets.UTF_8)));
    }

    static Map<String, String> signed(String body, long epochSecond) throws Exception {
        String timestamp = Long.toString(epochSecond);
        String nonce = "n" + IDS.incrementAndGet();
        return Map.of("X-Lark-Request-Timestamp", timestamp, "X-Lark-Request-Nonce", nonce,
                "X-Lark-Signature", signature(timestamp, nonce, FEISHU_ENCRYPT_KEY, body));
    }

    HttpResponse<String> deliver(Map<String, Object> event) throws Exception {
        String body = encrypted(event);
        return call(EVENTS, body, signed(body, Instant.now().getEpochSecond()));
    }

    static List<LoggedRequest> replies() {
        return PLATFORMS.findAll(postRequestedFor(urlPathMatching("/feishu/open-apis/im/v1/messages/.*/reply")));
    }

    static String text(LoggedRequest request) {
        return InboundPayloads.parse(InboundPayloads.parse(request.getBodyAsString()).path("content").asString()).path("text").asString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"怎么退货, 签收后 7 天内", "怎麼退貨, 簽收後 7 天內", "How do I return an item?, within 7 days"})
    void answersAMentionInAGroupAsAReplyToTheMessage(String question, String answer) throws Exception {
        Map<String, Object> event = event(member(), question, "group", FEISHU_BOT);

        assertThat(deliver(event).statusCode()).isEqualTo(200);

        String messageId = InboundPayloads.parse(json(event)).path("event").path("message").path("message_id").asString();
        assertThat(replies()).singleElement().satisfies(r -> {
            assertThat(r.getUrl()).isEqualTo("/feishu/open-apis/im/v1/messages/" + messageId + "/reply");
            assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + FEISHU_TENANT_TOKEN);
            assertThat(InboundPayloads.parse(r.getBodyAsString()).path("msg_type").asString()).isEqualTo("text");
            assertThat(text(r)).contains(answer).doesNotContain("**", "@_user_1");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"怎么退货", "怎麼退貨", "How do I return an item?"})
    void inAGroupAnswersOnlyWhenTheBotIsMentioned(String question) throws Exception {
        String quiet = member();
        String elsewhere = member();

        assertThat(deliver(event(quiet, question, "group", null)).statusCode()).isEqualTo(200);
        assertThat(deliver(event(elsewhere, question, "group", "ou_another_member")).statusCode()).isEqualTo(200);

        assertThat(PLATFORMS.getAllServeEvents()).isEmpty();
        assertThat(engine.store().findOpen("feishu", quiet)).isEmpty();
        assertThat(engine.store().findOpen("feishu", elsewhere)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"怎么退货", "怎麼退貨", "How do I return an item?"})
    void processesARedeliveredEventOnce(String question) throws Exception {
        Map<String, Object> event = event(member(), question, "p2p", null);

        assertThat(deliver(event).statusCode()).isEqualTo(200);
        assertThat(deliver(event).statusCode()).isEqualTo(200);

        assertThat(replies()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"怎么退货", "怎麼退貨", "How do I return an item?"})
    void refusesForgedStaleAndUnsignedEventsAndProcessesNothing(String question) throws Exception {
        String sender = member();
        String body = encrypted(event(sender, question, "p2p", null));
        long now = Instant.now().getEpochSecond();
        Map<String, String> good = signed(body, now);
        List<Map<String, String>> refused = List.of(
                Map.of("X-Lark-Request-Timestamp", Long.toString(now), "X-Lark-Request-Nonce", "n1",
                        "X-Lark-Signature", signature(Long.toString(now), "n1", "not-the-encrypt-key", body)),
                Map.of("X-Lark-Request-Timestamp", Long.toString(now), "X-Lark-Request-Nonce", "n2",
                        "X-Lark-Signature", signature(Long.toString(now), "n2", FEISHU_ENCRYPT_KEY, body + " ")),
                signed(body, now - Duration.ofMinutes(6).toSeconds()),
                Map.of("X-Lark-Request-Timestamp", "now", "X-Lark-Request-Nonce", "n3", "X-Lark-Signature", good.get("X-Lark-Signature")),
                Map.of("X-Lark-Request-Timestamp", Long.toString(now), "X-Lark-Signature", good.get("X-Lark-Signature")),
                Map.of());
        for (Map<String, String> headers : refused) {
            HttpResponse<String> response = call(EVENTS, body, headers);
            assertThat(response.statusCode()).as(headers.toString()).isEqualTo(401);
            assertThat(InboundPayloads.parse(response.body()).path("status").asInt()).isEqualTo(401);
        }
        Map<String, Object> wrongToken = new HashMap<>(event(sender, question, "p2p", null));
        wrongToken.put("header", Map.of("event_id", "ev-wrong-token", "event_type", "im.message.receive_v1", "token", "guessed"));
        String forged = encrypted(wrongToken);
        assertThat(call(EVENTS, forged, signed(forged, now)).statusCode()).isEqualTo(401);

        assertThat(PLATFORMS.getAllServeEvents()).isEmpty();
        assertThat(engine.store().findOpen("feishu", sender)).isEmpty();
    }

    @Test
    void answersTheConsolesChallengeOnlyWithTheVerificationToken() throws Exception {
        String challenge = encrypted(Map.of("challenge", "ajls384kdjx98XX", "token", FEISHU_VERIFICATION_TOKEN, "type", "url_verification"));
        HttpResponse<String> unsigned = call(EVENTS, challenge, Map.of());
        assertThat(unsigned.statusCode()).isEqualTo(200);
        assertThat(InboundPayloads.parse(unsigned.body()).path("challenge").asString()).isEqualTo("ajls384kdjx98XX");
        HttpResponse<String> signedChallenge = call(EVENTS, challenge, signed(challenge, Instant.now().getEpochSecond()));
        assertThat(InboundPayloads.parse(signedChallenge.body()).path("challenge").asString()).isEqualTo("ajls384kdjx98XX");

        for (String refused : List.of(encrypted(Map.of("challenge", "x", "token", "guessed", "type", "url_verification")),
                json(Map.of("encrypt", Base64.getEncoder().encodeToString(new byte[48]))), "not json")) {
            assertThat(call(EVENTS, refused, Map.of()).statusCode()).as(refused).isEqualTo(401);
        }
    }

    @Test
    void answersSignedButMalformedEventsWith400() throws Exception {
        Map<String, Object> withoutSender = new HashMap<>(event(member(), "怎么退货", "p2p", null));
        withoutSender.put("event", Map.of("message", Map.of("message_id", "om_1")));
        for (String body : List.of("not json", "[]", json(Map.of("encrypt", "!!not base64!!")),
                json(Map.of("encrypt", Base64.getEncoder().encodeToString(new byte[48]))), encrypted(withoutSender))) {
            HttpResponse<String> response = call(EVENTS, body, signed(body, Instant.now().getEpochSecond()));
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(InboundPayloads.parse(response.body()).path("status").asInt()).isEqualTo(400);
        }
        assertThat(PLATFORMS.getAllServeEvents()).isEmpty();
    }

    @Test
    void sendsAnAgentsReplyToTheChat() throws Exception {
        String sender = member();
        deliver(event(sender, "怎麼退貨", "p2p", null));
        Conversation conversation = engine.store().findOpen("feishu", sender).orElseThrow();
        engine.store().append(List.of(new ConversationEvent(conversation.id(), conversation.lastSequence() + 1,
                Instant.now(), EventKind.AGENT_MESSAGE, "agent:wang", "您好，我是客服小王，已為您登記退貨。", Map.of())));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(PLATFORMS.findAll(
                postRequestedFor(urlEqualTo("/feishu/open-apis/im/v1/messages?receive_id_type=chat_id")))).singleElement()
                .satisfies(r -> {
                    assertThat(InboundPayloads.parse(r.getBodyAsString()).path("receive_id").asString()).isEqualTo("oc_p2p_" + sender);
                    assertThat(text(r)).isEqualTo("您好，我是客服小王，已為您登記退貨。");
                }));
    }
}
