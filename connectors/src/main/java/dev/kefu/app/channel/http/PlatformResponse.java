package dev.kefu.app.channel.http;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** A platform's answer: status, the one header the retries read, and the body. */
public record PlatformResponse(int status, Map<String, String> headers, String body) {

    public PlatformResponse {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** The {@code Retry-After} header in seconds (Slack and most APIs), if any. */
    public Optional<Duration> retryAfterHeader() {
        String value = headers.get("retry-after");
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
