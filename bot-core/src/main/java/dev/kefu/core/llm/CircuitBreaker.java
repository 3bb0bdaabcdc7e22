package dev.kefu.core.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling a model that keeps failing, so that an outage costs each turn nothing instead of the
 * whole time budget. Closed, it lets every call through; after {@code failureThreshold} failures in a
 * row it opens and refuses calls for {@code coolDown}; then it half-opens and lets one trial call
 * through, which closes it on success or opens it again on failure. A provider that says when to
 * come back ({@code Retry-After}) holds it open until then, whatever the count. Thread-safe.
 */
public final class CircuitBreaker {

    /** The breaker's states, as the literature names them. */
    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final Duration coolDown;
    private final Clock clock;
    private int consecutiveFailures;
    private Instant openedAt;
    private boolean trialInFlight;
    private Instant heldUntil;

    public CircuitBreaker(int failureThreshold, Duration coolDown, Clock clock) {
        if (failureThreshold < 1 || coolDown.isNegative()) {
            throw new IllegalArgumentException("failureThreshold must be at least 1 and coolDown not negative");
        }
        this.failureThreshold = failureThreshold;
        this.coolDown = coolDown;
        this.clock = clock;
    }

    /** Whether a call may go out now; in the half-open state only one caller is told yes. */
    public synchronized boolean tryAcquire() {
        return switch (state()) {
            case CLOSED -> true;
            case OPEN -> false;
            case HALF_OPEN -> {
                if (trialInFlight) {
                    yield false;
                }
                trialInFlight = true;
                yield true;
            }
        };
    }

    public synchronized void onSuccess() {
        consecutiveFailures = 0;
        openedAt = null;
        trialInFlight = false;
    }

    public synchronized void onFailure() {
        trialInFlight = false;
        consecutiveFailures++;
        if (openedAt != null || consecutiveFailures >= failureThreshold) {
            openedAt = clock.instant();
        }
    }

    /** Refuses every call for {@code wait} from now (or longer, if already held longer). */
    public synchronized void holdOpenFor(Duration wait) {
        Instant until = clock.instant().plus(wait);
        if (heldUntil == null || until.isAfter(heldUntil)) {
            heldUntil = until;
        }
    }

    /** Whether calls are refused because the provider asked to wait, rather than for failures in a row. */
    public synchronized boolean held() {
        return heldUntil != null && clock.instant().isBefore(heldUntil);
    }

    public synchronized State state() {
        if (held()) {
            return State.OPEN;
        }
        if (openedAt == null) {
            return State.CLOSED;
        }
        return clock.instant().isBefore(openedAt.plus(coolDown)) ? State.OPEN : State.HALF_OPEN;
    }
}
