package dev.kefu.app.channel.etiquette;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Silences a member who keeps being abusive in a group: after {@code strikes} flagged messages
 * within {@code window}, the bot ignores them there for {@code silence}, and their moderators are
 * not told of every further message. Per instance, in memory, for the last 10,000 members flagged.
 */
final class AbuseSilencer {

    private static final int MAX_MEMBERS = 10_000;

    private final int strikes;
    private final Duration window;
    private final Duration silence;
    private final Clock clock;
    private final Map<String, Deque<Instant>> flagged = bounded();
    private final Map<String, Instant> silencedUntil = bounded();

    AbuseSilencer(int strikes, Duration window, Duration silence, Clock clock) {
        if (strikes < 1 || window.isNegative() || silence.isNegative()) {
            throw new IllegalArgumentException("strikes must be at least 1 and the durations positive");
        }
        this.strikes = strikes;
        this.window = window;
        this.silence = silence;
        this.clock = clock;
    }

    /** The most recently flagged members only, so that a flood of one-off offenders cannot fill the memory. */
    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_MEMBERS;
            }
        };
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
