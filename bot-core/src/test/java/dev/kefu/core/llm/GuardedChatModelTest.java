package dev.kefu.core.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.llm.LlmEndpoint.Provider;
import dev.kefu.core.llm.LlmMetrics.LlmCall;
import dev.kefu.core.llm.LlmMetrics.Outcome;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
            .endpoint(server.openAi("sk-test-secret"))
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

    /**
     * Replies that carry no text to send: a tool call, a null or empty content, no choice or no message
     * at all (which LangChain4j's clients fail on, each in its way). None is a reply, none breaks the turn.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "OpenAI tool call, no content   | EMPTY | {\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"finish_reason\":\"tool_calls\",\"message\":{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"issue_refund\",\"arguments\":\"{\\\"amount\\\":500}\"}}]}}]}",
        "OpenAI tool call, null content | EMPTY | {\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"finish_reason\":\"tool_calls\",\"message\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"issue_refund\",\"arguments\":\"{}\"}}]}}]}",
        "OpenAI null content            | EMPTY | {\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"finish_reason\":\"stop\",\"message\":{\"role\":\"assistant\",\"content\":null}}]}",
        "OpenAI blank content           | EMPTY | {\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"finish_reason\":\"stop\",\"message\":{\"role\":\"assistant\",\"content\":\"  \"}}]}",
        "OpenAI no choice               | SERVER_ERROR | {\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[]}",
        "Ollama tool call, empty content | EMPTY | {\"model\":\"qwen2.5:7b\",\"created_at\":\"2026-01-01T00:00:00Z\",\"message\":{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":[{\"function\":{\"name\":\"issue_refund\",\"arguments\":{\"amount\":500}}}]},\"done\":true,\"done_reason\":\"stop\"}",
        "Ollama null content            | EMPTY | {\"model\":\"qwen2.5:7b\",\"created_at\":\"2026-01-01T00:00:00Z\",\"message\":{\"role\":\"assistant\",\"content\":null},\"done\":true,\"done_reason\":\"stop\"}",
        "Ollama no message              | FAILED | {\"model\":\"qwen2.5:7b\",\"created_at\":\"2026-01-01T00:00:00Z\",\"done\":true,\"done_reason\":\"stop\"}",
    })
    void aReplyWithNoTextIsNoAnswer(String shape, Outcome outcome, String body) {
        Provider provider = shape.startsWith("Ollama") ? Provider.OLLAMA : Provider.OPENAI;
        try (GuardedChatModel guarded = GuardedChatModel.builder()
                .endpoint(server.endpoint(provider)).timeBudget(BUDGET).metrics(calls::add).build()) {
            server.responds(provider, FakeLlmServer.json(body));
            assertThat(guarded.chat("answer", MESSAGES)).isEmpty();
        }
        assertThat(calls).singleElement().satisfies(call -> assertThat(call.outcome()).isEqualTo(outcome));
        assertThat(server.requests(FakeLlmServer.path(provider))).hasSize(1);
    }

    @ParameterizedTest(name = "[{index}] {0}, Retry-After {1}")
    @CsvSource(delimiter = '|', value = {
        "OPENAI | 20      | 429",
        "OPENAI | HTTP date in 45 s | 429",
        "OLLAMA | 20      | 503",
        "OLLAMA | HTTP date in 45 s | 429",
    })
    void aProviderThatSaysRetryAfterIsNotCalledBeforeThen(Provider provider, String retryAfter, int status) {
        Duration wait = retryAfter.equals("20") ? Duration.ofSeconds(20) : Duration.ofSeconds(45);
        String header = retryAfter.equals("20") ? "20"
                : DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().plus(wait).atOffset(ZoneOffset.UTC));
        String path = FakeLlmServer.path(provider);
        try (GuardedChatModel guarded = GuardedChatModel.builder().endpoint(server.endpoint(provider))
                .timeBudget(BUDGET).failureThreshold(3).clock(clock).metrics(calls::add).build()) {
            server.responds(provider, aResponse().withStatus(status)
                    .withHeader("Content-Type", "application/json").withHeader("Retry-After", header)
                    .withBody("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"rate_limit_exceeded\"}}"));
            long start = System.nanoTime();
            assertThat(guarded.chat("answer", MESSAGES)).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("falls back at once").isLessThan(SLACK);
            assertThat(guarded.circuitState()).as("one failure, fewer than the threshold").isEqualTo(CircuitBreaker.State.OPEN);

            server.answers(provider, "back again");
            clock.advance(wait.minusSeconds(1));
            assertThat(guarded.chat("answer", MESSAGES)).isEmpty();
            assertThat(server.requests(path)).as("no call before Retry-After").hasSize(1);

            clock.advance(Duration.ofSeconds(1));
            assertThat(guarded.chat("answer", MESSAGES)).contains("back again");
            assertThat(server.requests(path)).hasSize(2);
        }
        assertThat(calls).extracting(LlmCall::outcome).containsExactly(
                status == 429 ? Outcome.RATE_LIMITED : Outcome.SERVER_ERROR, Outcome.BACKING_OFF, Outcome.OK);
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
    void needsEitherAModelOrAnEndpointAndStreamsOnlyFromAnEndpoint() {
        assertThatThrownBy(() -> GuardedChatModel.builder().build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("give either a model or an endpoint (streaming needs an endpoint)");
        assertThatThrownBy(() -> GuardedChatModel.builder().model(server.openAi(null).chatModel()).endpoint(server.ollama()).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GuardedChatModel.builder().model(server.openAi(null).chatModel()).streaming(true).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theKeyIsNeverInTheEndpointsDescription() {
        assertThat(server.openAi("sk-test-secret").toString()).doesNotContain("sk-test-secret").contains("key=set");
    }
}
