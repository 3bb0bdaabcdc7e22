package dev.kefu.app.llm;

import dev.kefu.core.llm.LlmMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;

/**
 * Publishes model calls as Micrometer meters: {@code kefu.llm.calls} (counter) and
 * {@code kefu.llm.latency} (timer), tagged by {@code purpose} and {@code outcome} (e.g. {@code rate_limited}
 * for a 429, {@code backing_off} for a call not sent while a Retry-After runs), and
 * {@code kefu.llm.tokens} (counter) tagged by {@code purpose} and {@code direction} (input, output).
 */
final class MicrometerLlmMetrics implements LlmMetrics {

    private final MeterRegistry registry;

    MicrometerLlmMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void record(LlmCall call) {
        String outcome = call.outcome().name().toLowerCase(Locale.ROOT);
        Counter.builder("kefu.llm.calls").description("calls to the language model")
                .tag("purpose", call.purpose()).tag("outcome", outcome).register(registry).increment();
        Timer.builder("kefu.llm.latency").description("time a turn waited for the language model")
                .tag("purpose", call.purpose()).tag("outcome", outcome).register(registry).record(call.latency());
        tokens(call.purpose(), "input", call.inputTokens());
        tokens(call.purpose(), "output", call.outputTokens());
    }

    private void tokens(String purpose, String direction, int count) {
        Counter.builder("kefu.llm.tokens").description("tokens the language model read and wrote")
                .tag("purpose", purpose).tag("direction", direction).register(registry).increment(count);
    }
}
