package dev.kefu.core.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.llm.LlmMetrics.LlmCall;
import dev.kefu.core.llm.LlmMetrics.Outcome;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The failure modes of a real LangChain4j client against an emulated OpenAI-compatible server. */
class GuardedChatModelTest {

    private static final List<ChatMessage> MESSAGES = List.of(SystemMessage.from("system"), UserMessage.from("question"));
    private static final Duration BUDGET = Duration.ofMillis(1500);
    /** What a busy 2-core machine adds to the budget before the turn goes on. */
    private static final Duration SLACK = Duration.ofMillis(500);

    @BeforeAll
    static void warmUp() {
        FakeLlmServer.warmUp();
    }

    private final FakeLlmServer server = new FakeLlmServer();
    private final List<LlmCall> calls = new CopyOnWriteArrayList<>();
    private final MutableClock clock = new MutableClock();
    private final GuardedChatModel model = GuardedChatModel.builder()
            .model(server.openAi("sk-test-secret").chatModel())
            .timeBudget(BUDGET)
            .failureThreshold(3)
            .coolDown(Duration.ofSeconds(30))
            .clock(clock)
            .metrics(calls::add)
            .build();

    @AfterEach
    void stop() {
        model.close();
        server.close();
    }

    @Test
    void answersAndRecordsTokensAndLatency() {
        server.openAiAnswers("hello");
        assertThat(model.chat("answer", MESSAGES)).contains("hello");
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.purpose()).isEqualTo("answer");
            assertThat(call.outcome()).isEqualTo(Outcome.OK);
            assertThat(call.inputTokens()).isEqualTo(120);
            assertThat(call.outputTokens()).isEqualTo(30);
            assertThat(call.latency()).isPositive();
        });
        assertThat(server.requests(FakeLlmServer.OPENAI_PATH)).singleElement()
                .satisfies(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer sk-test-secret"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "429 with Retry-After | 429 | {\"error\":{\"message\":\"Rate limit reached\",\"type\":\"rate_limit_exceeded\"}} | RATE_LIMITED",
        "500                  | 500 | {\"error\":{\"message\":\"internal error\"}}                                       | SERVER_ERROR",
        "503                  | 503 | upstream unavailable                                                          | SERVER_ERROR",
        "malformed JSON       | 200 | {\"id\":\"chatcmpl-1\",\"choices\":[{\"message\":{\"content\":\"hel               | MALFORMED",
        "not JSON at all      | 200 | <html>gateway</html>                                                           | MALFORMED",
    })
    void anErrorBecomesNoAnswer(String name, int status, String body, Outcome outcome) {
        server.openAiResponds(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("Retry-After", "30").withBody(body));
        long start = System.nanoTime();
        assertThat(model.chat("answer", MESSAGES)).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BUDGET.plus(SLACK));
        assertThat(calls).singleElement().satisfies(call -> assertThat(call.outcome()).isEqualTo(outcome));
        assertThat(server.requests(FakeLlmServer.OPENAI_PATH)).as("no retry inside the budget").hasSize(1);
    }

    @Test
    void aToolCallWithNoTextOrNoChoiceIsNoAnswer() {
        server.openAiResponds(FakeLlmServer.json(FakeLlmServer.JSON.writeValueAsString(Map.of(
                "id", "chatcmpl-2", "object", "chat.completion", "created", 1, "model", "qwen2.5-7b-instruct",
                "choices", List.of(Map.of("index", 0, "finish_reason", "tool_calls", "message", Map.of(
                        "role", "assistant", "tool_calls", List.of(Map.of("id", "call_1", "type", "function",
                                "function", Map.of("name", "issue_refund", "arguments", "{\"amount\":500}"))))))))));
        assertThat(model.chat("answer", MESSAGES)).isEmpty();
        server.openAiResponds(FakeLlmServer.json(
                "{\"id\":\"chatcmpl-3\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[]}"));
        assertThat(model.chat("answer", MESSAGES)).isEmpty();
        assertThat(calls).extracting(LlmCall::outcome).doesNotContain(Outcome.OK);
    }

    @Test
    void aSlowServerCostsTheTurnItsBudgetAndNoMore() {
        server.openAiResponds(FakeLlmServer.json(FakeLlmServer.openAiBody("too late")).withFixedDelay(5_000));
        long start = System.nanoTime();
        assertThat(model.chat("answer", MESSAGES)).isEmpty();
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        assertThat(waited).isBetween(BUDGET, BUDGET.plus(SLACK));
        assertThat(calls).singleElement().satisfies(call -> assertThat(call.outcome()).isEqualTo(Outcome.TIMEOUT));
    }

    @Test
    void theBreakerOpensAfterFailuresInARowAndRecoversAfterTheCoolDown() {
        server.openAiResponds(aResponse().withStatus(500));
        for (int i = 0; i < 3; i++) {
            assertThat(model.chat("answer", MESSAGES)).isEmpty();
        }
        assertThat(model.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);

        server.openAiAnswers("back again");
        assertThat(model.chat("answer", MESSAGES)).as("open: the model is not asked").isEmpty();
        assertThat(server.requests(FakeLlmServer.OPENAI_PATH)).hasSize(3);
        assertThat(calls.get(3).outcome()).isEqualTo(Outcome.CIRCUIT_OPEN);

        clock.advance(Duration.ofSeconds(30));
        assertThat(model.circuitState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(model.chat("answer", MESSAGES)).contains("back again");
        assertThat(model.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(server.requests(FakeLlmServer.OPENAI_PATH)).hasSize(4);
    }

    @Test
    void theKeyIsNeverInTheEndpointsDescription() {
        assertThat(server.openAi("sk-test-secret").toString()).doesNotContain("sk-test-secret").contains("key=set");
    }
}
