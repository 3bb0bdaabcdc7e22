package dev.kefu.core.llm;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads an HTTP {@code Retry-After} header (RFC 9110 §10.2.3): either a number of seconds or an
 * HTTP date. A wait longer than {@link #LONGEST} is cut to it, so that one wrong header cannot switch
 * the model off for days; a date in the past means no wait.
 */
final class RetryAfter {

    /** The longest wait a header can impose. */
    static final Duration LONGEST = Duration.ofHours(1);

    private RetryAfter() {
    }

    /** How long to wait from {@code now}, or empty when the header is absent or neither form. */
    static Optional<Duration> parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        Duration wait;
        if (value.chars().allMatch(Character::isDigit)) {
            // more digits than a long holds is still a very long wait
            wait = value.length() > 12 ? LONGEST : Duration.ofSeconds(Long.parseLong(value));
        } else {
            try {
                wait = Duration.between(now, DateTimeFormatter.RFC_1123_DATE_TIME.parse(value, Instant::from));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait.compareTo(LONGEST) > 0 ? LONGEST : wait);
    }
}
