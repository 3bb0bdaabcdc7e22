package dev.kefu.app.channel.http;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One JSON POST to a platform's API. {@code operation} names it in logs (e.g. {@code telegram
 * sendMessage}) because the URI and headers may hold a token and are never logged;
 * {@code retryAfter} reads how long a 429 asks to wait where the platform puts it other than in
 * the {@code Retry-After} header (Telegram: {@code parameters.retry_after} in the body).
 */
public record PlatformRequest(String operation, URI uri, Map<String, String> headers, String jsonBody,
                              Function<PlatformResponse, Optional<Duration>> retryAfter) {

    public PlatformRequest {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(jsonBody, "jsonBody");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        retryAfter = retryAfter == null ? PlatformResponse::retryAfterHeader : retryAfter;
    }

    public static PlatformRequest post(String operation, URI uri, Map<String, String> headers, String jsonBody) {
        return new PlatformRequest(operation, uri, headers, jsonBody, null);
    }

    /** The same request, reading the wait of a 429 with {@code retryAfter} instead of the header. */
    public PlatformRequest withRetryAfter(Function<PlatformResponse, Optional<Duration>> retryAfter) {
        return new PlatformRequest(operation, uri, headers, jsonBody, retryAfter);
    }

    /** Never shows the URI or the headers, which may hold a token. */
    @Override
    public String toString() {
        return "PlatformRequest[" + operation + "]";
    }
}
