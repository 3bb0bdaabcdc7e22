package dev.kefu.core.admission;

import java.time.Duration;

/** The sender sent too fast; the message was not taken and may be sent again after {@code retryAfter}. */
public final class RateLimitedException extends RuntimeException {

    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter) {
        super("too many messages; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
