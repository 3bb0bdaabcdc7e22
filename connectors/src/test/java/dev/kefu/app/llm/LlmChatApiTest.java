package dev.kefu.app.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.engine.Engine;
import dev.kefu.core.llm.HandoffSummary;
import dev.kefu.core.llm.LlmSummarizer;
import dev.kefu.core.llm.ReplySuggester;
import dev.kefu.core.llm.SuggestedReply;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The whole service with {@code kefu.llm.enabled=true} and an OpenAI-compatible server emulated by
 * WireMock: answers through {@code POST /api/v1/chat/messages} are reworded, checked, timed and
 * counted, and the key stays out of the logs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class LlmChatApiTest {

    private static final String PATH = "/v1/chat/completions";
    private static final String KEY = "sk-kefu-test-4f9a1c";
    private static final Duration BUDGET = Duration.ofMillis(1500);
    private static final WireMockServer SERVER = new WireMockServer(options().dynamicPort());

    @TempDir
    static Path dataDir;

    private static final String ADMIN_TOKEN = "llm-test-admin-token-7f3a";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SERVER.start();
        registry.add("kefu.data-dir", dataDir::toString);
        registry.add("kefu.chat.rate-burst", () -> "1000");
        registry.add("kefu.llm.enabled", () -> "true");
        registry.add("kefu.admin.token", () -> ADMIN_TOKEN);
        registry.add("kefu.handoff.agents[0].id", () -> "lin");
        registry.add("kefu.handoff.agents[0].languages", () -> "zh,en");
        registry.add("kefu.llm.provider", () -> "openai");
        registry.add("kefu.llm.base-url", () -> SERVER.baseUrl() + "/v1");
        registry.add("kefu.llm.model", () -> "deepseek-chat");
        registry.add("kefu.llm.api-key-env", () -> "KEFU_TEST_LLM_KEY");
        // stands in for the environment variable: Spring reads both the same way
        registry.add("KEFU_TEST_LLM_KEY", () -> KEY);
        registry.add("kefu.llm.time-budget", () -> BUDGET.toMillis() + "ms");
    }

    @AfterAll
    static void stopServer() {
        SERVER.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    LlmSummarizer summarizer;

    @Autowired
    Engine engine;

    @Autowired
    ReplySuggester suggester;

    @BeforeEach
    void reset() {
        SERVER.resetAll();
    }

    private static void modelWrites(String reply, String... cited) {
        answer(json(completion(ChatClient.JSON.writeValueAsString(Map.of("reply", reply, "cited", List.of(cited))))));
    }

    private static void answer(ResponseDefinitionBuilder response) {
        SERVER.stubFor(post(urlEqualTo(PATH)).willReturn(response));
    }

    private static String completion(String content) {
        return ChatClient.JSON.writeValueAsString(Map.of("id", "chatcmpl-9", "object", "chat.completion", "created", 1,
                "model", "deepseek-chat", "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                        "message", Map.of("role", "assistant", "content", content))),
                "usage", Map.of("prompt_tokens", 210, "completion_tokens", 42, "total_tokens", 252)));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private JsonNode firstReply(String user, String text) throws Exception {
        return new ChatClient(port).say(user, text).get("replies").get(0);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "我要退货                  | 您好，请在“我的订单”里选中商品并点击“申请退货”，审核通过后按提示寄回就可以了。 | 您好，请在“我的订单”里选中商品并点击“申请退货”，审核通过后按提示寄回就可以了。",
        "我要退貨                  | 您好，请在“我的订单”里选中商品并点击“申请退货”，审核通过后按提示寄回就可以了。 | 您好，請在“我的訂單”裡選中商品並點選“申請退貨”，稽核透過後按提示寄回就可以了。",
        "How do I return an item? | Pick the item under My Orders and click Request return; once approved, ship it back as instructed. | Pick the item under My Orders and click Request return; once approved, ship it back as instructed.",
    })
    void answersInTheModelsWordsWhenTheKnowledgeBaseSupportsThem(String text, String modelText, String expected,
                                                                CapturedOutput output) throws Exception {
        modelWrites(modelText, "return-how");
        double calls = count("ok");
        JsonNode reply = firstReply("on-" + text.hashCode(), text);
        assertThat(reply.get("type").asString()).isEqualTo("answer");
        assertThat(reply.get("faqId").asString()).isEqualTo("return-how");
        assertThat(reply.get("text").asString()).isEqualTo(expected);

        List<LoggedRequest> sent = SERVER.findAll(postRequestedFor(urlEqualTo(PATH)));
        assertThat(sent).singleElement().satisfies(request -> {
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
            JsonNode body = ChatClient.JSON.readTree(request.getBodyAsString());
            assertThat(body.get("model").asString()).isEqualTo("deepseek-chat");
            assertThat(body.get("messages").get(1).get("content").asString())
                    .contains("<kb_entry id=\"return-how\">").endsWith("<customer_message>\n" + text + "\n</customer_message>");
        });
        assertThat(count("ok")).isEqualTo(calls + 1);
        assertThat(meters.find("kefu.llm.tokens").tag("direction", "input").counter()).isNotNull()
                .satisfies(c -> assertThat(c.count()).isGreaterThanOrEqualTo(210));
        assertThat(output.getAll()).doesNotContain(KEY);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "我要退货                  | 您好，申请退货后我们保证3天内全额退款。 | 在“我的订单”中选择商品，点击“申请退货”，审核通过后按提示寄回即可。",
        "How do I return an item? | Ship it back and we will refund you in full within 2 days. | Select the item under My Orders, click Request return, and after approval ship it back as instructed.",
    })
    void anUnsupportedModelReplyLeavesTheKnowledgeBaseAnswer(String text, String modelText, String kbAnswer) throws Exception {
        modelWrites(modelText, "return-how");
        JsonNode reply = firstReply("unsupported-" + text.hashCode(), text);
        assertThat(reply.get("text").asString()).isEqualTo(kbAnswer);
    }

    @Test
    void aSlowModelCostsTheCustomerTheBudgetAtMost() throws Exception {
        modelWrites("Select the item under My Orders and click Request return.", "return-how");
        firstReply("slow-warm-up", "How do I return an item?");
        answer(json(completion("{\"reply\":\"late\",\"cited\":[\"return-how\"]}")).withFixedDelay(8_000));
        long start = System.nanoTime();
        JsonNode reply = firstReply("slow", "How do I return an item?");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BUDGET.plusSeconds(1));
        assertThat(reply.get("text").asString())
                .isEqualTo("Select the item under My Orders, click Request return, and after approval ship it back as instructed.");
        assertThat(count("timeout")).isPositive();
    }

    @Test
    void aHandoffNeverReachesTheModelAndTheDeskGetsASummaryAndSuggestions() throws Exception {
        modelWrites("unused", "return-how");
        ChatClient chat = new ChatClient(port);
        String conversationId = chat.say("desk", "我要退货").get("conversationId").asString();
        int beforeHandoff = SERVER.findAll(postRequestedFor(urlEqualTo(PATH))).size();
        JsonNode handoff = chat.say("desk", "转人工");
        assertThat(handoff.get("state").asString()).isEqualTo("QUEUED");
        assertThat(SERVER.findAll(postRequestedFor(urlEqualTo(PATH)))).hasSize(beforeHandoff);

        Conversation conversation = engine.store().find(conversationId).orElseThrow();
        answer(json(completion(ChatClient.JSON.writeValueAsString(
                Map.of("issue", "客户想退货。", "botTried", "机器人给出了退货步骤，客户要求转人工。")))));
        HandoffSummary summary = summarizer.summarize(conversation).orElseThrow();
        assertThat(summary.issue()).isEqualTo("客户想退货。");
        assertThat(summary.botTried()).isEqualTo("机器人给出了退货步骤，客户要求转人工。");

        modelWrites("您好，在“我的订单”中选择商品并点击“申请退货”，审核通过后按提示寄回即可。", "return-how");
        List<SuggestedReply> suggestions = suggester.suggest(conversation);
        assertThat(suggestions.get(0).composed()).isTrue();
        assertThat(suggestions.get(0).faqIds()).containsExactly("return-how");
        assertThat(suggestions).filteredOn(s -> !s.composed()).extracting(SuggestedReply::faqIds)
                .contains(List.of("return-how"));

        // the same through the agent API: the summary and a reply to suggest, in one read
        SERVER.resetAll();
        SERVER.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("botTried")).atPriority(1)
                .willReturn(json(completion(ChatClient.JSON.writeValueAsString(
                        Map.of("issue", "客户想退货。", "botTried", "机器人给出了退货步骤，客户要求转人工。"))))));
        SERVER.stubFor(post(urlEqualTo(PATH)).atPriority(5).willReturn(json(completion(ChatClient.JSON.writeValueAsString(
                Map.of("reply", "您好，在“我的订单”中选择商品并点击“申请退货”，审核通过后按提示寄回即可。", "cited", List.of("return-how")))))));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/agent/conversations/" + conversationId + "/assist"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).header("X-Kefu-Agent", "lin").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode assist = ChatClient.JSON.readTree(response.body());
        assertThat(assist.get("model").asBoolean()).isTrue();
        assertThat(assist.get("summary").get("issue").asString()).isEqualTo("客户想退货。");
        assertThat(assist.get("suggestedReplies").get(0).get("composed").asBoolean()).isTrue();
        assertThat(assist.get("suggestedReplies").get(0).get("faqIds").get(0).asString()).isEqualTo("return-how");
    }

    private double count(String outcome) {
        Counter counter = meters.find("kefu.llm.calls").tag("purpose", "answer").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
