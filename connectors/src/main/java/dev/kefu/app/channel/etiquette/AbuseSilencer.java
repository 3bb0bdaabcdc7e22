package dev.kefu.app.channel.etiquette;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Silences a member who keeps being abusive in a group: after {@code strikes} flagged messages
 * within {@code window}, the bot ignores them there for {@code silence}, and their moderators are
 * not told of every further message. Per instance, in memory.
 */
final class AbuseSilencer {

    private final int strikes;
    private final Duration window;
    private final Duration silence;
    private final Clock clock;
    private final Map<String, Deque<Instant>> flagged = new HashMap<>();
    private final Map<String, Instant> silencedUntil = new HashMap<>();

    AbuseSilencer(int strikes, Duration window, Duration silence, Clock clock) {
        if (strikes < 1 || window.isNegative() || silence.isNegative()) {
            throw new IllegalArgumentException("strikes must be at least 1 and the durations positive");
        }
        this.strikes = strikes;
        this.window = window;
        this.silence = silence;
        this.clock = clock;
    }

    synchronized boolean silenced(String member) {
        Instant until = silencedUntil.get(member);
        if (until != null && clock.instant().isBefore(until)) {
            return true;
        }
        silencedUntil.remove(member);
        return false;
    }

    /** Counts a flagged message; true when it is the one that silences the member. */
    synchronized boolean strike(String member) {
        Instant now = clock.instant();
        Deque<Instant> times = flagged.computeIfAbsent(member, m -> new ArrayDeque<>());
        times.addLast(now);
        while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
            times.removeFirst();
        }
        if (times.size() < strikes) {
            return false;
        }
        flagged.remove(member);
        silencedUntil.put(member, now.plus(silence));
        return true;
    }

    Duration silence() {
        return silence;
    }
}
