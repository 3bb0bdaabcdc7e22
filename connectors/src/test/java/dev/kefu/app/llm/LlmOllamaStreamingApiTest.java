package dev.kefu.app.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.engine.Engine;
import dev.kefu.core.llm.HandoffSummary;
import dev.kefu.core.llm.LlmSummarizer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The whole service with {@code kefu.llm.provider=ollama} and {@code kefu.llm.streaming=true} against
 * Ollama's {@code /api/chat} emulated by WireMock, streaming one JSON object a line: answers and
 * handoff summaries are assembled from the stream and checked, and a 429 with {@code Retry-After}
 * keeps the model uncalled until then, each turn answered at once from the knowledge base.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LlmOllamaStreamingApiTest {

    private static final String PATH = "/api/chat";
    private static final WireMockServer SERVER = new WireMockServer(options().dynamicPort());
    private static final String KB_ANSWER_EN =
            "Select the item under My Orders, click Request return, and after approval ship it back as instructed.";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SERVER.start();
        registry.add("kefu.data-dir", dataDir::toString);
        registry.add("kefu.chat.rate-burst", () -> "1000");
        registry.add("kefu.llm.enabled", () -> "true");
        registry.add("kefu.llm.provider", () -> "ollama");
        registry.add("kefu.llm.base-url", SERVER::baseUrl);
        registry.add("kefu.llm.model", () -> "qwen2.5:7b");
        registry.add("kefu.llm.streaming", () -> "true");
        // the first streamed call of a JVM loads the client's classes: no test here is about slowness
        registry.add("kefu.llm.time-budget", () -> "4s");
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

    @BeforeEach
    void reset() {
        SERVER.resetAll();
    }

    /** {@code content} as Ollama streams it: a JSON line per piece of about 8 characters, then the line that says done. */
    private static void modelStreams(String content) {
        StringBuilder body = new StringBuilder();
        int[] codePoints = content.codePoints().toArray();
        for (int from = 0; from < codePoints.length; from += 8) {
            body.append(line(Map.of("role", "assistant", "content",
                    new String(codePoints, from, Math.min(8, codePoints.length - from))), Map.of("done", false)));
        }
        body.append(line(Map.of("role", "assistant", "content", ""),
                Map.of("done", true, "done_reason", "stop", "prompt_eval_count", 180, "eval_count", 40)));
        answer(aResponse().withStatus(200).withHeader("Content-Type", "application/x-ndjson").withBody(body.toString()));
    }

    private static String line(Map<String, String> message, Map<String, Object> rest) {
        Map<String, Object> line = new LinkedHashMap<>(Map.of("model", "qwen2.5:7b",
                "created_at", "2026-01-01T00:00:00Z", "message", message));
        line.putAll(rest);
        return ChatClient.JSON.writeValueAsString(line) + "\n";
    }

    private static void answer(ResponseDefinitionBuilder response) {
        SERVER.stubFor(post(urlEqualTo(PATH)).willReturn(response));
    }

    private JsonNode firstReply(String user, String text) throws Exception {
        return new ChatClient(port).say(user, text).get("replies").get(0);
    }

    private int requests() {
        return SERVER.findAll(postRequestedFor(urlEqualTo(PATH))).size();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "我要退货                  | 您好，请在“我的订单”里选中商品并点击“申请退货”，审核通过后按提示寄回就可以了。 | 您好，请在“我的订单”里选中商品并点击“申请退货”，审核通过后按提示寄回就可以了。",
        "我要退貨                  | 您好，请在“我的订单”里选中商品并点击“申请退货”，审核通过后按提示寄回就可以了。 | 您好，請在“我的訂單”裡選中商品並點選“申請退貨”，稽核透過後按提示寄回就可以了。",
        "How do I return an item? | Pick the item under My Orders and click Request return; once approved, ship it back as instructed. | Pick the item under My Orders and click Request return; once approved, ship it back as instructed.",
    })
    void answersFromTheAssembledStream(String text, String modelText, String expected) throws Exception {
        modelStreams(ChatClient.JSON.writeValueAsString(Map.of("reply", modelText, "cited", List.of("return-how"))));
        double ok = count("answer", "ok");
        JsonNode reply = firstReply("stream-" + text.hashCode(), text);
        assertThat(reply.get("type").asString()).isEqualTo("answer");
        assertThat(reply.get("text").asString()).isEqualTo(expected);
        JsonNode sent = ChatClient.JSON.readTree(SERVER.findAll(postRequestedFor(urlEqualTo(PATH))).get(0).getBodyAsString());
        assertThat(sent.get("model").asString()).isEqualTo("qwen2.5:7b");
        assertThat(sent.get("stream").asBoolean()).isTrue();
        assertThat(sent.get("messages").get(1).get("content").asString()).endsWith("<customer_message>\n" + text + "\n</customer_message>");
        assertThat(count("answer", "ok")).isEqualTo(ok + 1);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "我要退货                  | 签收后30天内都可以申请退货，我们保证全额退款。 | 在“我的订单”中选择商品，点击“申请退货”，审核通过后按提示寄回即可。",
        "我要退貨                  | 簽收後30天內都可以申請退貨，我們保證全額退款。 | 在“我的訂單”中選擇商品，點選“申請退貨”，稽核透過後按提示寄回即可。",
        "How do I return an item? | Ship it back and we will refund you in full within 2 days. | " + KB_ANSWER_EN,
    })
    void anUnsupportedStreamedReplyLeavesTheKnowledgeBaseAnswer(String text, String modelText, String kbAnswer) throws Exception {
        modelStreams(ChatClient.JSON.writeValueAsString(Map.of("reply", modelText, "cited", List.of("return-how"))));
        assertThat(firstReply("unsupported-" + text.hashCode(), text).get("text").asString()).isEqualTo(kbAnswer);
        assertThat(requests()).isEqualTo(1);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "zh-Hans | 我要退货 | 转人工 | 客户想退货。 | 机器人给出了退货步骤，客户要求转人工。",
        "zh-Hant | 我要退貨 | 轉人工 | 客戶想退貨。 | 機器人給出了退貨步驟，客戶要求轉人工。",
        "en      | How do I return an item? | talk to a human | The customer wants to return an item. | The bot gave the return steps; the customer asked for a person.",
    })
    void summarizesAHandoffFromTheStream(String language, String question, String handoff, String issue, String botTried)
            throws Exception {
        ChatClient chat = new ChatClient(port);
        String user = "summary-" + language;
        modelStreams(ChatClient.JSON.writeValueAsString(Map.of("reply", "", "cited", List.of())));
        String conversationId = chat.say(user, question).get("conversationId").asString();
        assertThat(chat.say(user, handoff).get("state").asString()).isEqualTo("QUEUED");

        SERVER.resetAll();
        modelStreams(ChatClient.JSON.writeValueAsString(Map.of("issue", issue, "botTried", botTried)));
        Conversation conversation = engine.store().find(conversationId).orElseThrow();
        HandoffSummary summary = summarizer.summarize(conversation).orElseThrow();
        assertThat(summary.issue()).isEqualTo(issue);
        assertThat(summary.botTried()).isEqualTo(botTried);
        String transcript = ChatClient.JSON.readTree(SERVER.findAll(postRequestedFor(urlEqualTo(PATH))).get(0).getBodyAsString())
                .get("messages").get(1).get("content").asString();
        assertThat(transcript).startsWith("<transcript>\ncustomer: " + question);
    }

    @Test
    void aRateLimitWithRetryAfterKeepsTheModelUncalledUntilThenAndEachTurnAnsweredAtOnce() throws Exception {
        answer(aResponse().withStatus(429).withHeader("Retry-After", "2").withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"too many requests\"}"));
        double rateLimited = count("answer", "rate_limited");
        double backingOff = count("answer", "backing_off");

        long start = System.nanoTime();
        assertThat(firstReply("limited", "How do I return an item?").get("text").asString()).isEqualTo(KB_ANSWER_EN);
        assertThat(firstReply("limited", "我要退货").get("type").asString()).isEqualTo("answer");
        assertThat(firstReply("limited", "我要退貨").get("type").asString()).isEqualTo("answer");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no turn waited for the model").isLessThan(Duration.ofSeconds(2));
        assertThat(requests()).as("nothing sent before Retry-After elapsed").isEqualTo(1);
        assertThat(count("answer", "rate_limited")).isEqualTo(rateLimited + 1);
        assertThat(count("answer", "backing_off")).isEqualTo(backingOff + 2);

        Thread.sleep(2_100);
        modelStreams(ChatClient.JSON.writeValueAsString(Map.of("reply",
                "Pick the item under My Orders and click Request return; once approved, ship it back as instructed.",
                "cited", List.of("return-how"))));
        assertThat(firstReply("limited-later", "How do I return an item?").get("text").asString())
                .startsWith("Pick the item under My Orders");
        assertThat(requests()).isEqualTo(2);
    }

    private double count(String purpose, String outcome) {
        Counter counter = meters.find("kefu.llm.calls").tag("purpose", purpose).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
