package dev.kefu.core.llm;

import java.time.Duration;

/**
 * Where the cost and health of model calls are reported: one record per call, with its outcome,
 * latency and token usage. The application publishes them (e.g. through Micrometer); the default
 * drops them.
 */
@FunctionalInterface
public interface LlmMetrics {

    LlmMetrics NONE = call -> { };

    void record(LlmCall call);

    /**
     * What became of a call. Only {@code OK} carries a reply; every other outcome falls back.
     * {@code RATE_LIMITED}: the provider answered 429; {@code BACKING_OFF}: not sent, the provider's
     * Retry-After has not elapsed; {@code CIRCUIT_OPEN}: not sent, the model kept failing.
     */
    enum Outcome {
        OK, TIMEOUT, RATE_LIMITED, SERVER_ERROR, MALFORMED, EMPTY, FAILED, CIRCUIT_OPEN, BACKING_OFF, BUSY
    }

    /**
     * One call to the model. {@code purpose} says which feature asked ({@code answer}, {@code summary},
     * {@code suggestion}); token counts are 0 when the server did not say.
     */
    record LlmCall(String purpose, Outcome outcome, Duration latency, int inputTokens, int outputTokens) {
    }
}
