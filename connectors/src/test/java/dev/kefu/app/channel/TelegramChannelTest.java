package dev.kefu.app.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.conversation.HandoffReason;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/** Telegram's webhook end to end: updates shaped as the Bot API documents them in, sendMessage calls to WireMock out. */
@ExtendWith(OutputCaptureExtension.class)
class TelegramChannelTest extends ChannelApiTestSupport {

    static final String BOT = "@kefu_demo_bot";
    static final String SEND = "/telegram/bot" + TELEGRAM_TOKEN + "/sendMessage";
    private static final AtomicLong IDS = new AtomicLong(700_000);

    /** An Update with a text message from {@code userId} in {@code chatId}; a leading "@kefu_demo_bot" or "/ask@kefu_demo_bot" becomes its entity. */
    static String update(long updateId, long chatId, long userId, String text, Map<String, Object> replyTo) {
        return update(updateId, chatId, userId, text, replyTo, null);
    }

    /** The same, in the forum topic {@code topic} of a supergroup when it is not null. */
    static String update(long updateId, long chatId, long userId, String text, Map<String, Object> replyTo, Long topic) {
        boolean group = chatId < 0;
        Map<String, Object> message = new HashMap<>();
        message.put("message_id", updateId % 100_000);
        message.put("from", Map.of("id", userId, "is_bot", false, "first_name", "Mei", "username", "mei" + userId,
                "language_code", "zh-hans"));
        message.put("chat", group ? Map.of("id", chatId, "title", "Shop fans", "type", "supergroup")
                : Map.of("id", chatId, "first_name", "Mei", "type", "private"));
        message.put("date", 1_700_000_000);
        message.put("text", text);
        List<Map<String, Object>> entities = new ArrayList<>();
        if (text.contains(BOT)) {
            // offsets in UTF-16 code units, as Telegram counts them (and Java strings index)
            entities.add(Map.of("offset", text.indexOf(BOT), "length", BOT.length(), "type", "mention"));
        } else if (text.startsWith("/")) {
            int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
            entities.add(Map.of("offset", 0, "length", end, "type", "bot_command"));
        }
        if (!entities.isEmpty()) {
            message.put("entities", entities);
        }
        if (replyTo != null) {
            message.put("reply_to_message", replyTo);
        }
        if (topic != null) {
            message.put("message_thread_id", topic);
            message.put("is_topic_message", true);
        }
        return json(Map.of("update_id", updateId, "message", message));
    }

    HttpResponse<String> deliver(String update) throws Exception {
        return call("/api/v1/channels/telegram/webhook", update, Map.of("X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET));
    }

    static List<JsonNode> sent() {
        return PLATFORMS.findAll(postRequestedFor(urlEqualTo(SEND))).stream()
                .map(r -> InboundPayloads.parse(r.getBodyAsString())).toList();
    }

    @Test
    void answersAMentionInTheGroupUnderTheMembersMessageInHtml() throws Exception {
        long id = IDS.incrementAndGet();
        assertThat(deliver(update(id, -1001, id, BOT + " How do I return an item?", null)).statusCode()).isEqualTo(200);
        PLATFORMS.verify(1, postRequestedFor(urlEqualTo(SEND)).withRequestBody(equalToJson(json(Map.of(
                "chat_id", "-1001",
                "text", "You can return items within <b>7 days</b> of delivery &amp; get a refund &lt;in full&gt;.",
                "parse_mode", "HTML",
                "reply_parameters", Map.of("message_id", id % 100_000, "allow_sending_without_reply", true))))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'@kefu_demo_bot 怎么退货', '签收后 <b>7 天内</b> 可以申请退货。'",
        "'@kefu_demo_bot 怎麼退貨', '簽收後 <b>7 天內</b> 可以申請退貨。'",
        "'😀👍 请问 @kefu_demo_bot 怎么退货', '签收后 <b>7 天内</b>'",
        "'/ask@kefu_demo_bot How do I return an item?', 'You can return items within <b>7 days</b>'",
    })
    void answersMentionsAndCommandsInEachLanguageAndScript(String text, String answer) throws Exception {
        long id = IDS.incrementAndGet();
        deliver(update(id, -1001, id, text, null));
        assertThat(sent()).singleElement().satisfies(m -> assertThat(m.path("text").asString()).contains(answer));
    }

    @Test
    void answersInTheForumTopicOfTheQuestion() throws Exception {
        long id = IDS.incrementAndGet();
        deliver(update(id, -1001, id, BOT + " How do I return an item?", null, 77L));
        assertThat(sent()).singleElement().satisfies(m -> assertThat(m.path("message_thread_id").asLong()).isEqualTo(77));
    }

    @Test
    void answersAReplyToTheBotAndEveryMessageWhereTheGroupAsksForAll() throws Exception {
        long id = IDS.incrementAndGet();
        Map<String, Object> botMessage = Map.of("message_id", 5, "date", 1_700_000_000, "text", "您好",
                "from", Map.of("id", 123456, "is_bot", true, "first_name", "kefu", "username", "kefu_demo_bot"),
                "chat", Map.of("id", -1001, "type", "supergroup"));
        deliver(update(id, -1001, id, "怎么退货", botMessage));
        deliver(update(IDS.incrementAndGet(), -1002, id, "How do I return an item?", null));
        assertThat(sent()).extracting(m -> m.path("chat_id").asString()).containsExactly("-1001", "-1002");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"怎么退货", "怎麼退貨", "How do I return an item?", "@another_bot How do I return an item?"})
    void ignoresGroupMessagesNotAddressedToTheBot(String text) throws Exception {
        long id = IDS.incrementAndGet();
        assertThat(deliver(update(id, -1001, id, text, null)).statusCode()).isEqualTo(200);
        assertThat(PLATFORMS.getAllServeEvents()).isEmpty();
        assertThat(engine.store().findOpen("telegram", Long.toString(id))).as("no turn was taken").isEmpty();
    }

    @Test
    void answersPrivateChatsWithoutAMention() throws Exception {
        long id = IDS.incrementAndGet();
        deliver(update(id, id, id, "怎么退货", null));
        assertThat(sent()).singleElement().satisfies(m -> {
            assertThat(m.path("chat_id").asString()).isEqualTo(Long.toString(id));
            assertThat(m.path("text").asString()).contains("7 天内");
        });
    }

    @Test
    void greetsAMemberWhoStartsThePrivateChat() throws Exception {
        long id = IDS.incrementAndGet();
        deliver(update(id, id, id, "/start", null));
        assertThat(sent()).singleElement().satisfies(m -> assertThat(m.path("text").asString()).startsWith("您好！我是智能客服"));
        assertThat(engine.store().findOpen("telegram", Long.toString(id))).as("a greeting is not a turn").isEmpty();
    }

    @Test
    void refusesForgedOrMissingSecretTokensAndProcessesNothing() throws Exception {
        long id = IDS.incrementAndGet();
        String update = update(id, -1001, id, BOT + " 怎么退货", null);
        HttpResponse<String> forged = call("/api/v1/channels/telegram/webhook", update,
                Map.of("X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET + "x"));
        HttpResponse<String> missing = call("/api/v1/channels/telegram/webhook", update, Map.of());
        for (HttpResponse<String> response : List.of(forged, missing)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(InboundPayloads.parse(response.body()).path("status").asInt()).isEqualTo(401);
        }
        assertThat(PLATFORMS.getAllServeEvents()).isEmpty();
        assertThat(engine.store().findOpen("telegram", Long.toString(id))).isEmpty();
    }

    @Test
    void answersMalformedAndOversizedUpdatesWith4xxJson() throws Exception {
        for (String body : List.of("not json", "[1,2]", "{\"update_id\":")) {
            HttpResponse<String> response = deliver(body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(InboundPayloads.parse(response.body()).path("status").asInt()).isEqualTo(400);
        }
        assertThat(deliver("{\"update_id\":\"x\",\"message\":{\"text\":42}}").statusCode()).isEqualTo(200);
        long id = IDS.incrementAndGet();
        assertThat(deliver(update(id, -1001, id, BOT + " " + "退".repeat(300_000), null)).statusCode()).isEqualTo(413);
        assertThat(PLATFORMS.getAllServeEvents()).isEmpty();
    }

    @Test
    void processesARedeliveredUpdateOnce() throws Exception {
        long id = IDS.incrementAndGet();
        String update = update(id, -1001, id, BOT + " How do I return an item?", null);
        deliver(update);
        deliver(update);
        assertThat(sent()).hasSize(1);
        Conversation conversation = engine.store().findOpen("telegram", Long.toString(id)).orElseThrow();
        assertThat(conversation.transcript()).filteredOn(l -> l.kind() == EventKind.CUSTOMER_MESSAGE).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'@kefu_demo_bot 我的手机号是13812345678，帮我查一下', 为保护您的隐私",
        "'@kefu_demo_bot 我的訂單號是 AB123456 怎麼還沒到', 為保護您的隱私",
        "'@kefu_demo_bot my order number is 88812345, where is it?', To protect your privacy",
    })
    void movesPersonalDataToAPrivateChatOpenedByADeepLink(String text, String notice) throws Exception {
        long id = IDS.incrementAndGet();
        deliver(update(id, -1001, id, text, null));
        JsonNode groupNotice = sent().get(0);
        assertThat(sent()).hasSize(1);
        assertThat(groupNotice.path("chat_id").asString()).isEqualTo("-1001");
        assertThat(groupNotice.path("text").asString()).contains(notice).doesNotContain("13812345678", "AB123456", "88812345");
        Matcher link = Pattern.compile("https://t\\.me/kefu_demo_bot\\?start=([0-9a-f]{32})").matcher(groupNotice.path("text").asString());
        assertThat(link.find()).isTrue();

        // someone else following the link gets nothing
        deliver(update(IDS.incrementAndGet(), 555, 555, "/start " + link.group(1), null));
        assertThat(sent()).hasSize(1);

        deliver(update(IDS.incrementAndGet(), id, id, "/start " + link.group(1), null));
        assertThat(sent()).hasSize(2);
        assertThat(sent().get(1).path("chat_id").asString()).isEqualTo(Long.toString(id));
        assertThat(sent().get(1).path("text").asString()).isNotBlank().doesNotContain("13812345678");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'@kefu_demo_bot 我要投诉，你们的服务太差了', 为保护您的隐私",
        "'@kefu_demo_bot 我要投訴，你們的服務太差了', 為保護您的隱私",
        "'@kefu_demo_bot I want to file a complaint about your service', To protect your privacy",
    })
    void movesAComplaintToAPrivateChat(String text, String notice) throws Exception {
        long id = IDS.incrementAndGet();
        deliver(update(id, -1001, id, text, null));
        assertThat(sent()).singleElement().satisfies(m -> assertThat(m.path("text").asString()).contains(notice, "start="));
        Conversation conversation = engine.store().findOpen("telegram", Long.toString(id)).orElseThrow();
        assertThat(conversation.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(conversation.handoffReason()).isEqualTo(HandoffReason.COMPLAINT);

        // what follows stays out of the group too
        deliver(update(IDS.incrementAndGet(), -1001, id, BOT + " 在吗？", null));
        assertThat(sent()).hasSize(2).allSatisfy(m -> assertThat(m.path("text").asString()).contains("start="));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'@kefu_demo_bot 你就是个傻逼', 类别 insult", "'@kefu_demo_bot 你就是個傻逼', 類別 insult",
            "'@kefu_demo_bot you are a fucking idiot', category insult"})
    void flagsAbuseToTheModeratorsAndSilencesRepeatOffenders(String text, String category) throws Exception {
        long id = IDS.incrementAndGet();
        deliver(update(id, -1001, id, text, null));
        assertThat(sent()).singleElement().satisfies(m -> {
            assertThat(m.path("chat_id").asString()).isEqualTo(TELEGRAM_MODERATOR);
            assertThat(m.path("text").asString()).contains(category, "-1001", "@mei" + id);
        });
        assertThat(engine.store().findOpen("telegram", Long.toString(id))).as("abuse is not a turn").isEmpty();

        deliver(update(IDS.incrementAndGet(), -1001, id, text, null));
        assertThat(sent()).hasSize(2);
        assertThat(sent().get(1).path("text").asString()).containsAnyOf("30 分钟", "30 分鐘", "30 minutes");
        deliver(update(IDS.incrementAndGet(), -1001, id, BOT + " 怎么退货", null));
        assertThat(sent()).as("a silenced member is ignored").hasSize(2);
    }

    @Test
    void splitsALongAnswerOnSentenceBoundariesWithinTelegramsLimit() throws Exception {
        long id = IDS.incrementAndGet();
        deliver(update(id, -1001, id, BOT + " What are the shipping fee rules?", null));
        List<String> parts = sent().stream().map(m -> m.path("text").asString()).toList();
        assertThat(parts).hasSize(2).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(4096));
        assertThat(parts.get(0)).startsWith("Rule 1:").endsWith("kilogram.");
        assertThat(String.join(" ", parts)).isEqualTo(LONG_EN);
        assertThat(sent().get(0).has("reply_parameters")).isTrue();
        assertThat(sent().get(1).has("reply_parameters")).isFalse();
    }

    @Test
    void honoursRetryAfterOfA429() throws Exception {
        PLATFORMS.stubFor(post(urlEqualTo(SEND)).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json").withBody(
                        "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\",\"parameters\":{\"retry_after\":1}}"))
                .willSetStateTo("open"));
        long id = IDS.incrementAndGet();
        long start = System.nanoTime();
        assertThat(deliver(update(id, -1001, id, BOT + " How do I return an item?", null)).statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        List<LoggedRequest> calls = PLATFORMS.findAll(postRequestedFor(urlEqualTo(SEND)));
        assertThat(calls).hasSize(2);
        assertThat(calls.get(1).getLoggedDate().getTime() - calls.get(0).getLoggedDate().getTime()).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void retriesServerErrorsAndLosesNothingWhenThePlatformStaysDown() throws Exception {
        PLATFORMS.stubFor(post(urlEqualTo(SEND)).inScenario("5xx").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("once"));
        long id = IDS.incrementAndGet();
        deliver(update(id, -1001, id, BOT + " How do I return an item?", null));
        assertThat(PLATFORMS.findAll(postRequestedFor(urlEqualTo(SEND)))).hasSize(2);

        PLATFORMS.resetAll();
        PLATFORMS.stubFor(post(urlEqualTo(SEND)).willReturn(aResponse().withStatus(503)));
        long other = IDS.incrementAndGet();
        String update = update(other, -1001, other, BOT + " 怎么退货", null);
        HttpResponse<String> refused = deliver(update);
        assertThat(refused.statusCode()).as("Telegram must deliver it again").isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(PLATFORMS.findAll(postRequestedFor(urlEqualTo(SEND)))).hasSize(4);

        platformsAnswer();
        assertThat(deliver(update).statusCode()).isEqualTo(200);
        assertThat(sent()).singleElement().satisfies(m -> assertThat(m.path("text").asString()).contains("7 天内"));
    }

    @Test
    void logsAPermanentFailureWithoutSecrets(CapturedOutput output) throws Exception {
        PLATFORMS.stubFor(post(urlEqualTo(SEND)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}")));
        long id = IDS.incrementAndGet();
        assertThat(deliver(update(id, id, id, "How do I return an item?", null)).statusCode()).isEqualTo(200);
        assertThat(PLATFORMS.findAll(postRequestedFor(urlEqualTo(SEND)))).as("not retried").hasSize(1);
        assertThat(output.getAll()).contains("telegram sendMessage refused: HTTP 403", "bot was blocked by the user")
                .doesNotContain(TELEGRAM_TOKEN, TELEGRAM_SECRET, SLACK_TOKEN, SLACK_SIGNING_SECRET, DINGTALK_SECRET);
    }

    @Test
    void sendsAnAgentsReplyToTheChatTheConversationCameFrom() throws Exception {
        long id = IDS.incrementAndGet();
        deliver(update(id, -1001, id, BOT + " 怎么退货", null));
        Conversation conversation = engine.store().findOpen("telegram", Long.toString(id)).orElseThrow();
        String reply = "您好，我是客服小李。<退货> 请提供订单截图 & 地址。";
        engine.store().append(List.of(new ConversationEvent(conversation.id(), conversation.lastSequence() + 1,
                Instant.now(), EventKind.AGENT_MESSAGE, "agent:li", reply, Map.of())));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> PLATFORMS.verify(postRequestedFor(urlEqualTo(SEND))
                .withRequestBody(matchingJsonPath("$.chat_id", com.github.tomakehurst.wiremock.client.WireMock.equalTo("-1001")))
                .withRequestBody(matchingJsonPath("$.text", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                        "您好，我是客服小李。&lt;退货&gt; 请提供订单截图 &amp; 地址。")))));
    }

    @Test
    void sendsAnAgentsLongReplyInPartsToThePrivateChatAComplaintMovedTo() throws Exception {
        long id = IDS.incrementAndGet();
        deliver(update(id, -1001, id, BOT + " 我要投诉，你们的服务太差了", null));
        Conversation conversation = engine.store().findOpen("telegram", Long.toString(id)).orElseThrow();
        String reply = "非常抱歉给您带来不便，我们会尽快处理。".repeat(300);
        engine.store().append(List.of(new ConversationEvent(conversation.id(), conversation.lastSequence() + 1,
                Instant.now(), EventKind.AGENT_MESSAGE, "agent:li", reply, Map.of())));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sent()).hasSize(3));
        List<JsonNode> toMember = sent().subList(1, 3);
        assertThat(toMember).allSatisfy(m -> {
            assertThat(m.path("chat_id").asString()).isEqualTo(Long.toString(id));
            assertThat(m.path("text").asString().length()).isLessThanOrEqualTo(4096);
            assertThat(m.path("text").asString()).endsWith("。");
        });
        assertThat(toMember.get(0).path("text").asString() + toMember.get(1).path("text").asString()).isEqualTo(reply);
    }
}
