package dev.kefu.core.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.kefu.core.engine.Engine;
import dev.kefu.core.engine.ReplyAugmenter;
import dev.kefu.core.llm.LlmEndpoint.Provider;
import dev.kefu.core.llm.LlmMetrics.LlmCall;
import dev.kefu.core.llm.LlmMetrics.Outcome;
import dev.kefu.core.message.InboundMessage;
import dev.kefu.core.message.TurnResult;
import dev.kefu.core.store.journal.JournalConversationStore;
import dev.kefu.kb.TestKnowledgeBases;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.text.detect.LanguageDetector;
import dev.kefu.text.script.ChineseScript;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The grounded answer received as a stream (OpenAI's server-sent events, Ollama's JSON lines) from an
 * emulated server: assembled, then checked exactly as a plain reply; a stream that stalls past the
 * budget, breaks off, or calls a tool leaves the deterministic answer.
 */
class StreamingReplyTest {

    private static final ChineseScript SCRIPT = ChineseScript.load();
    private static final LanguageDetector DETECTOR = LanguageDetector.load(SCRIPT);
    private static final KnowledgeBase KB = KnowledgeBase.builder().entries(TestKnowledgeBases.shop()).build();
    private static final Duration BUDGET = Duration.ofMillis(1500);
    /** What a busy 2-core machine adds to the budget before the turn goes on. */
    private static final Duration SLACK = Duration.ofMillis(1000);

    @TempDir
    Path dir;
    private final FakeLlmServer server = new FakeLlmServer();
    private final List<LlmCall> calls = new CopyOnWriteArrayList<>();
    private GuardedChatModel model;
    private JournalConversationStore store;
    private JournalConversationStore baselineStore;

    /** The first turn of a JVM trains the built-in intents, and the first call loads the HTTP client: neither is in a budget. */
    @BeforeAll
    static void warmUp(@TempDir Path warmDir) {
        FakeLlmServer.warmUp();
        try (JournalConversationStore warmStore = JournalConversationStore.open(warmDir)) {
            Engine.builder().store(warmStore).knowledgeBase(KB).languageDetector(DETECTOR).build()
                    .handle(new InboundMessage("web", "warm", null, "hello", null, Instant.now()));
        }
    }

    @AfterEach
    void stop() {
        if (model != null) {
            model.close();
        }
        server.close();
        if (store != null) {
            store.close();
            baselineStore.close();
        }
    }

    /** What the customer gets with a streaming model of {@code provider}, and what they get without a model. */
    private TurnResult[] say(Provider provider, String text) {
        model = GuardedChatModel.builder()
                .endpoint(server.endpoint(provider))
                .streaming(true).timeBudget(BUDGET).metrics(calls::add).build();
        store = JournalConversationStore.open(dir.resolve("streamed"));
        baselineStore = JournalConversationStore.open(dir.resolve("baseline"));
        Engine engine = Engine.builder().store(store).knowledgeBase(KB).languageDetector(DETECTOR)
                .replyAugmenter(new GroundedReplyAugmenter(new GroundedComposer(model, SCRIPT, 600), 3)).build();
        Engine baseline = Engine.builder().store(baselineStore).knowledgeBase(KB).languageDetector(DETECTOR)
                .replyAugmenter(ReplyAugmenter.NONE).build();
        InboundMessage message = new InboundMessage("web", "u1", null, text, null, Instant.now());
        return new TurnResult[] {engine.handle(message), baseline.handle(message)};
    }

    private void streams(Provider provider, List<String> pieces) {
        server.responds(provider, stream(provider, pieces));
    }

    /** {@code pieces} as {@code provider} streams them: server-sent events or JSON lines. */
    private static ResponseDefinitionBuilder stream(Provider provider, List<String> pieces) {
        return provider == Provider.OPENAI ? FakeLlmServer.eventStream(FakeLlmServer.openAiStream(pieces))
                : FakeLlmServer.ndjson(FakeLlmServer.ollamaStream(pieces));
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(delimiter = '|', value = {
        "OPENAI | 我要退货                    | 您好，签收后7天内就能在“我的订单”里申请退货。 | 您好，签收后7天内就能在“我的订单”里申请退货。",
        "OPENAI | 我要退貨                    | 您好，签收后7天内就能在“我的订单”里申请退货。 | 您好，簽收後7天內就能在“我的訂單”裡申請退貨。",
        "OPENAI | I want to return something | Sure! You have 7 days from delivery to ask for a return, under My Orders. | Sure! You have 7 days from delivery to ask for a return, under My Orders.",
        "OLLAMA | 我要退货                    | 您好，签收后7天内就能在“我的订单”里申请退货。 | 您好，签收后7天内就能在“我的订单”里申请退货。",
        "OLLAMA | 我要退貨                    | 您好，簽收後7天內就能在「我的訂單」裡申請退貨。 | 您好，簽收後7天內就能在「我的訂單」裡申請退貨。",
        "OLLAMA | I want to return something | Sure! You have 7 days from delivery to ask for a return, under My Orders. | Sure! You have 7 days from delivery to ask for a return, under My Orders.",
    })
    void assemblesTheStreamedReplyAndAnswersInTheCustomersScript(Provider provider, String text, String modelWrites,
                                                               String expected) {
        streams(provider, FakeLlmServer.pieces(FakeLlmServer.modelReply(modelWrites, "returns"), 7));
        TurnResult[] results = say(provider, text);
        assertThat(results[0].replies()).singleElement().satisfies(reply -> {
            assertThat(reply.text()).isEqualTo(expected);
            assertThat(reply.type()).isEqualTo(results[1].replies().get(0).type());
            assertThat(reply.faqId()).isEqualTo("returns");
        });
        assertThat(server.onlyRequest(FakeLlmServer.path(provider)).path("stream").asBoolean(false)).isTrue();
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.outcome()).isEqualTo(Outcome.OK);
            assertThat(call.inputTokens()).isEqualTo(provider == Provider.OPENAI ? 120 : 90);
        });
    }

    @ParameterizedTest(name = "[{index}] {0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "OPENAI | 我要退货                    | 签收后30天内都可以申请退货。",
        "OPENAI | 我要退貨                    | 簽收後7天內申請退貨，我們承諾全額退款。",
        "OPENAI | I want to return something | Return it within 7 days at https://evil.example/returns",
        "OLLAMA | 我要退货                    | 签收后7天内申请退货，我们保证全额退款并赔偿您。",
        "OLLAMA | 我要退貨                    | 簽收後30天內都可以申請退貨。",
        "OLLAMA | I want to return something | You can return it within 30 days.",
    })
    void aStreamedReplyTheEntriesDoNotSupportLeavesTheDeterministicAnswer(Provider provider, String text, String modelWrites) {
        streams(provider, FakeLlmServer.pieces(FakeLlmServer.modelReply(modelWrites, "returns"), 5));
        TurnResult[] results = say(provider, text);
        assertThat(results[0].replies()).isEqualTo(results[1].replies());
        assertThat(calls).singleElement().satisfies(call -> assertThat(call.outcome()).isEqualTo(Outcome.OK));
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(delimiter = '|', value = {
        "OPENAI | 我要退货",
        "OPENAI | 我要退貨",
        "OPENAI | I want to return something",
        "OLLAMA | 我要退货",
        "OLLAMA | 我要退貨",
        "OLLAMA | I want to return something",
    })
    void aStreamThatStallsPastTheBudgetIsCancelledAndTheDeterministicAnswerGoesOut(Provider provider, String text) {
        List<String> pieces = FakeLlmServer.pieces(FakeLlmServer.modelReply("签收后7天内可以申请退货。", "returns"), 6);
        // the stream in two halves, the second well after the budget
        server.responds(provider, stream(provider, pieces).withChunkedDribbleDelay(2, 8_000));
        long start = System.nanoTime();
        TurnResult[] results = say(provider, text);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(results[0].replies()).isEqualTo(results[1].replies());
        assertThat(took).isLessThan(BUDGET.plus(SLACK).plus(SLACK));
        assertThat(calls).singleElement().satisfies(call -> assertThat(call.outcome()).isEqualTo(Outcome.TIMEOUT));
    }

    /**
     * A piece that is not JSON ends the stream and fails the call at once, whether the stream breaks
     * off there or goes on: a reply with a piece missing (a dropped "not") is never assembled.
     */
    @ParameterizedTest(name = "[{index}] {0} {1}, {2}")
    @CsvSource(delimiter = '|', value = {
        "OPENAI | 我要退货                    | breaks off",
        "OPENAI | 我要退貨                    | goes on",
        "OPENAI | I want to return something | breaks off",
        "OPENAI | I want to return something | goes on",
        "OLLAMA | 我要退货                    | breaks off",
        "OLLAMA | 我要退貨                    | goes on",
        "OLLAMA | I want to return something | breaks off",
        "OLLAMA | I want to return something | goes on",
    })
    void aStreamWithMalformedJsonLeavesTheDeterministicAnswerAtOnce(Provider provider, String text, String after) {
        List<String> pieces = FakeLlmServer.pieces(FakeLlmServer.modelReply("签收后7天内可以申请退货。", "returns"), 4);
        String broken = provider == Provider.OPENAI
                ? "data: {\"id\":\"chatcmpl-s\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"不\n\n"
                : "{\"model\":\"qwen2.5:7b\",\"message\":{\"role\":\"assistant\",\"content\":\"不\n";
        String whole = provider == Provider.OPENAI ? FakeLlmServer.openAiStream(pieces) : FakeLlmServer.ollamaStream(pieces);
        String first = provider == Provider.OPENAI
                ? FakeLlmServer.openAiChunk(Map.of("content", pieces.get(0)), null)
                : FakeLlmServer.ollamaLine(Map.of("role", "assistant", "content", pieces.get(0)), false);
        // the first piece, the broken one, then either nothing or the rest of the stream to its end
        String body = first + broken + (after.equals("goes on") ? whole.substring(whole.indexOf(first) + first.length()) : "");
        server.responds(provider, provider == Provider.OPENAI ? FakeLlmServer.eventStream(body) : FakeLlmServer.ndjson(body));
        long start = System.nanoTime();
        TurnResult[] results = say(provider, text);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no wait for the budget").isLessThan(BUDGET);
        assertThat(results[0].replies()).isEqualTo(results[1].replies());
        assertThat(calls).singleElement().satisfies(call -> assertThat(call.outcome()).isEqualTo(Outcome.MALFORMED));
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(delimiter = '|', value = {
        "OPENAI | 我要退货",
        "OPENAI | 我要退貨",
        "OPENAI | I want to return something",
        "OLLAMA | 我要退货",
        "OLLAMA | 我要退貨",
        "OLLAMA | I want to return something",
    })
    void aStreamedToolCallWithNoTextLeavesTheDeterministicAnswer(Provider provider, String text) {
        if (provider == Provider.OPENAI) {
            server.responds(provider, FakeLlmServer.eventStream(
                    FakeLlmServer.openAiChunk(Map.of("role", "assistant", "tool_calls", List.of(Map.of("index", 0, "id", "call_1",
                            "type", "function", "function", Map.of("name", "issue_refund", "arguments", "")))), null)
                    + FakeLlmServer.openAiChunk(Map.of("tool_calls", List.of(Map.of("index", 0,
                            "function", Map.of("arguments", "{\"amount\":500}")))), null)
                    + FakeLlmServer.openAiChunk(Map.of(), "tool_calls") + "data: [DONE]\n\n"));
        } else {
            server.responds(provider, FakeLlmServer.ndjson(FakeLlmServer.ollamaLine(Map.of("role", "assistant", "content", "",
                    "tool_calls", List.of(Map.of("function", Map.of("name", "issue_refund", "arguments", Map.of("amount", 500))))), false)
                    + FakeLlmServer.ollamaLine(Map.of("role", "assistant", "content", ""), true)));
        }
        TurnResult[] results = say(provider, text);
        assertThat(results[0].replies()).isEqualTo(results[1].replies());
        assertThat(results[0].replies()).allSatisfy(reply -> assertThat(reply.text()).isNotBlank());
        assertThat(calls).singleElement().satisfies(call -> assertThat(call.outcome()).isEqualTo(Outcome.EMPTY));
    }
}
