package dev.kefu.app.channel.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the messaging channels call a platform: a JSON POST over {@code java.net.http} that
 * waits as long as a 429 asks (capped), retries 5xx answers, timeouts and broken connections with
 * exponential backoff and jitter up to a bounded number of attempts, and fails at once on other
 * 4xx. Logs name the operation and the status only: URIs and headers, where tokens travel, never
 * appear. Build it with {@link #builder()}.
 */
public final class PlatformHttp {

    private static final Logger log = LoggerFactory.getLogger(PlatformHttp.class);
    private static final int MAX_LOGGED_BODY = 200;

    private final HttpClient client;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;
    private final Duration requestTimeout;

    private PlatformHttp(Builder builder) {
        this.client = HttpClient.newBuilder().connectTimeout(builder.requestTimeout).build();
        this.maxAttempts = builder.maxAttempts;
        this.initialBackoff = builder.initialBackoff;
        this.maxBackoff = builder.maxBackoff;
        this.maxRetryAfter = builder.maxRetryAfter;
        this.requestTimeout = builder.requestTimeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Sends the request until the platform takes it; throws {@link PlatformCallException} when it does not. */
    public PlatformResponse send(PlatformRequest request) {
        HttpRequest.Builder http = HttpRequest.newBuilder(request.uri()).timeout(requestTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(request.jsonBody(), StandardCharsets.UTF_8));
        request.headers().forEach(http::header);
        HttpRequest built = http.build();
        int lastStatus = 0;
        for (int attempt = 1; ; attempt++) {
            Duration wait;
            try {
                HttpResponse<String> answer = client.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                PlatformResponse response = new PlatformResponse(answer.statusCode(),
                        answer.headers().firstValue("Retry-After").map(v -> Map.of("retry-after", v)).orElse(Map.of()),
                        answer.body());
                lastStatus = response.status();
                if (lastStatus / 100 == 2) {
                    return response;
                }
                if (lastStatus == 429) {
                    wait = request.retryAfter().apply(response).orElse(backoff(attempt));
                    if (wait.compareTo(maxRetryAfter) > 0) {
                        wait = maxRetryAfter;
                    }
                } else if (lastStatus >= 500) {
                    wait = backoff(attempt);
                } else {
                    String message = request.operation() + " refused: HTTP " + lastStatus + " " + shortened(response.body());
                    log.error("{}", message);
                    throw new PlatformCallException(message, lastStatus, true);
                }
                log.warn("{}: HTTP {} on attempt {} of {}", request.operation(), lastStatus, attempt, maxAttempts);
            } catch (IOException e) {
                wait = backoff(attempt);
                log.warn("{}: {} on attempt {} of {}", request.operation(), e.getClass().getSimpleName(), attempt, maxAttempts);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformCallException(request.operation() + " interrupted", lastStatus, false);
            }
            if (attempt >= maxAttempts) {
                String message = request.operation() + " failed after " + attempt + " attempts"
                        + (lastStatus == 0 ? "" : ", last HTTP " + lastStatus);
                log.error("{}", message);
                throw new PlatformCallException(message, lastStatus, false);
            }
            sleep(wait);
        }
    }

    /** Exponential, capped, with "equal jitter": half the delay fixed, half random. */
    private Duration backoff(int attempt) {
        long max = Math.min(maxBackoff.toMillis(), initialBackoff.toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(max / 2 + ThreadLocalRandom.current().nextLong(max / 2 + 1));
    }

    private static String shortened(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ");
        return oneLine.length() > MAX_LOGGED_BODY ? oneLine.substring(0, MAX_LOGGED_BODY) + "…" : oneLine;
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformCallException("interrupted while waiting to retry", 0, false);
        }
    }

    /** Configures {@link PlatformHttp}: by default 5 attempts, backoff from 200 ms to 10 s, a 429 waited at most 60 s, 10 s per request. */
    public static final class Builder {
        private int maxAttempts = 5;
        private Duration initialBackoff = Duration.ofMillis(200);
        private Duration maxBackoff = Duration.ofSeconds(10);
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private Duration requestTimeout = Duration.ofSeconds(10);

        private Builder() {
        }

        public Builder maxAttempts(int attempts) { this.maxAttempts = attempts; return this; }
        public Builder backoff(Duration initial, Duration max) { this.initialBackoff = initial; this.maxBackoff = max; return this; }
        /** The longest wait a 429 may ask for; a longer one is cut to this. */
        public Builder maxRetryAfter(Duration max) { this.maxRetryAfter = max; return this; }
        /** How long one request (connection included) may take before it counts as a timeout and is retried. */
        public Builder requestTimeout(Duration timeout) { this.requestTimeout = timeout; return this; }

        public PlatformHttp build() {
            Objects.requireNonNull(initialBackoff, "initialBackoff");
            if (maxAttempts < 1 || initialBackoff.toMillis() < 1 || maxBackoff.compareTo(initialBackoff) < 0
                    || maxRetryAfter.isNegative() || requestTimeout.toMillis() < 1) {
                throw new IllegalArgumentException("attempts and durations must be positive, the maximum backoff at least the initial one");
            }
            return new PlatformHttp(this);
        }
    }
}
