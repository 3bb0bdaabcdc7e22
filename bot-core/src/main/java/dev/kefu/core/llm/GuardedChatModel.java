package dev.kefu.core.llm;

import dev.kefu.core.llm.LlmMetrics.LlmCall;
import dev.kefu.core.llm.LlmMetrics.Outcome;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.JsonException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A chat model that can only ever make a turn slower by its time budget, never fail it: each call runs
 * on a small bounded pool and is abandoned when the budget is spent; a {@link CircuitBreaker} skips the
 * model while it keeps failing; every error (429, 5xx, a body that is not JSON, a reply with no text)
 * becomes an empty answer, logged by kind and status only, never with the request, the reply or the
 * key. Every call is reported to {@link LlmMetrics}. Built from an {@link LlmEndpoint}, it can stream
 * the reply (assembled within the same budget, the stream stopped when the budget is spent), and a
 * 429 or 503 that says {@code Retry-After} holds the breaker open until then. Build it with
 * {@link #builder()}.
 */
public final class GuardedChatModel implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(GuardedChatModel.class.getName());

    private final ChatModel model;
    private final StreamingChatModel streamingModel;
    private final Duration timeBudget;
    private final CircuitBreaker breaker;
    private final LlmMetrics metrics;
    private final Clock clock;
    private final ThreadPoolExecutor executor;

    private GuardedChatModel(Builder b) {
        if ((b.model == null) == (b.endpoint == null) || (b.streaming && b.endpoint == null)) {
            throw new IllegalArgumentException("give either a model or an endpoint (streaming needs an endpoint)");
        }
        this.timeBudget = b.timeBudget;
        this.breaker = new CircuitBreaker(b.failureThreshold, b.coolDown, b.clock);
        this.metrics = b.metrics;
        this.clock = b.clock;
        this.model = b.model != null ? b.model : b.streaming ? null : b.endpoint.chatModel(this::observe);
        this.streamingModel = b.streaming ? b.endpoint.streamingChatModel(this::observe) : null;
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(b.maxConcurrentCalls, b.maxConcurrentCalls, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(b.maxConcurrentCalls * 4), runnable -> {
                    Thread thread = new Thread(runnable, "kefu-llm-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.executor.allowCoreThreadTimeOut(true);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The text the model answered within the budget, or empty when it did not. */
    public Optional<String> chat(String purpose, List<ChatMessage> messages) {
        if (!breaker.tryAcquire()) {
            metrics.record(new LlmCall(purpose, breaker.held() ? Outcome.BACKING_OFF : Outcome.CIRCUIT_OPEN, Duration.ZERO, 0, 0));
            return Optional.empty();
        }
        long start = System.nanoTime();
        Future<ChatResponse> call;
        try {
            // everything the call costs, request building included, is inside the budget
            call = executor.submit(() -> {
                ChatRequest request = ChatRequest.builder().messages(messages).build();
                return streamingModel == null ? model.chat(request) : streamed(request);
            });
        } catch (RejectedExecutionException e) {
            return failed(purpose, Outcome.BUSY, start, null);
        }
        ChatResponse response;
        try {
            response = call.get(timeBudget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            return failed(purpose, Outcome.TIMEOUT, start, null);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            return failed(purpose, Outcome.FAILED, start, e);
        } catch (ExecutionException e) {
            return failed(purpose, classify(e.getCause()), start, e.getCause());
        }
        String text = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
        if (text == null || text.isBlank()) {
            return failed(purpose, Outcome.EMPTY, start, null);
        }
        breaker.onSuccess();
        TokenUsage usage = response.tokenUsage();
        metrics.record(new LlmCall(purpose, Outcome.OK, elapsed(start),
                usage == null ? 0 : orZero(usage.inputTokenCount()), usage == null ? 0 : orZero(usage.outputTokenCount())));
        return Optional.of(text);
    }

    /** Waits for the whole stream on the pool's thread, so that streamed and plain calls share one budget and one bound. */
    private ChatResponse streamed(ChatRequest request) throws Exception {
        StreamedReply reply = new StreamedReply();
        streamingModel.chat(request, reply);
        try {
            return reply.get();
        } catch (InterruptedException e) {
            reply.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** Sees every response before the client reads it: a provider that says when to come back is not called before. */
    private void observe(RetryAfterObservingHttpClient.Status status) {
        if (status.code() == 429 || status.code() == 503) {
            status.retryAfter().flatMap(header -> RetryAfter.parse(header, clock.instant())).ifPresent(wait -> {
                breaker.holdOpenFor(wait);
                LOG.log(System.Logger.Level.WARNING, "language model answered HTTP {0} with Retry-After: no call for {1} s",
                        status.code(), wait.toSeconds());
            });
        }
    }

    public CircuitBreaker.State circuitState() {
        return breaker.state();
    }

    private Optional<String> failed(String purpose, Outcome outcome, long start, Throwable cause) {
        breaker.onFailure();
        metrics.record(new LlmCall(purpose, outcome, elapsed(start), 0, 0));
        // the exception's message may quote the request or the server's body: only its kind is logged
        LOG.log(System.Logger.Level.WARNING, "language model call for {0}: {1}{2}, the deterministic reply goes out",
                purpose, outcome, cause == null ? "" : " (" + cause.getClass().getSimpleName() + status(cause) + ")");
        return Optional.empty();
    }

    private static Outcome classify(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof RateLimitException) {
                return Outcome.RATE_LIMITED;
            }
            if (t instanceof InternalServerException) {
                return Outcome.SERVER_ERROR;
            }
            if (t instanceof HttpException http) {
                return http.statusCode() == 429 ? Outcome.RATE_LIMITED
                        : http.statusCode() >= 500 ? Outcome.SERVER_ERROR : Outcome.FAILED;
            }
            // the clients wrap their JSON parser's exception (Jackson's, by class name) in a plain RuntimeException
            if (t instanceof JsonException || t.getClass().getName().contains("Json")) {
                return Outcome.MALFORMED;
            }
            if (t instanceof dev.langchain4j.exception.TimeoutException || t instanceof java.net.http.HttpTimeoutException) {
                return Outcome.TIMEOUT;
            }
        }
        return Outcome.FAILED;
    }

    private static String status(Throwable cause) {
        return cause instanceof HttpException http ? ", HTTP " + http.statusCode() : "";
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static int orZero(Integer count) {
        return count == null ? 0 : count;
    }

    /** Abandons calls under way; the pool's threads are daemons, so nothing holds the JVM. */
    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** Settings with their defaults: a 2 s budget, 4 calls at once, open after 5 failures for 30 s. */
    public static final class Builder {
        private ChatModel model;
        private LlmEndpoint endpoint;
        private boolean streaming;
        private Duration timeBudget = Duration.ofSeconds(2);
        private int maxConcurrentCalls = 4;
        private int failureThreshold = 5;
        private Duration coolDown = Duration.ofSeconds(30);
        private LlmMetrics metrics = LlmMetrics.NONE;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** A client built elsewhere; the breaker then sees no Retry-After header. Either this or {@link #endpoint}. */
        public Builder model(ChatModel model) { this.model = model; return this; }
        /** Where the model is served: the clients are built here, and report Retry-After to the breaker. */
        public Builder endpoint(LlmEndpoint endpoint) { this.endpoint = endpoint; return this; }
        /** Whether to receive the reply as a stream (needs an {@link #endpoint}); off by default. */
        public Builder streaming(boolean streaming) { this.streaming = streaming; return this; }
        /** The longest a turn waits for the model; then the deterministic reply goes out. */
        public Builder timeBudget(Duration budget) { this.timeBudget = positive(budget, "timeBudget"); return this; }
        public Builder maxConcurrentCalls(int calls) {
            if (calls < 1) {
                throw new IllegalArgumentException("maxConcurrentCalls must be at least 1");
            }
            this.maxConcurrentCalls = calls;
            return this;
        }
        /** Failures in a row that open the breaker. */
        public Builder failureThreshold(int failures) { this.failureThreshold = failures; return this; }
        /** How long the open breaker refuses calls before it lets a trial call through. */
        public Builder coolDown(Duration coolDown) { this.coolDown = coolDown; return this; }
        public Builder metrics(LlmMetrics metrics) { this.metrics = Objects.requireNonNull(metrics); return this; }
        /** The breaker's clock. */
        public Builder clock(Clock clock) { this.clock = Objects.requireNonNull(clock); return this; }

        public GuardedChatModel build() {
            return new GuardedChatModel(this);
        }

        private static Duration positive(Duration d, String name) {
            if (d == null || d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return d;
        }
    }
}
