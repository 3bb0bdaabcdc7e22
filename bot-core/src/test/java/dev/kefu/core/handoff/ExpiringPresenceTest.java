package dev.kefu.core.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Online lapses to offline when an agent is not heard from; away and offline stay as said. */
class ExpiringPresenceTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-27T02:00:00Z"));
    private final InMemoryAgentStatusStore store = new InMemoryAgentStatusStore();
    private final ExpiringPresence presence = new ExpiringPresence(store, Duration.ofMinutes(2), clock);

    @Test
    void onlineLastsUntilTheTimeoutAfterTheAgentWasLastHeardFrom() {
        presence.presence("王小明", Presence.ONLINE);
        clock.advance(Duration.ofMinutes(2));
        assertThat(presence.presence("王小明")).isEqualTo(Presence.ONLINE);
        clock.advance(Duration.ofMillis(1));
        assertThat(presence.presence("王小明")).isEqualTo(Presence.OFFLINE);
        // what the agent said is kept: a request of theirs brings them back
        assertThat(store.presence("王小明")).isEqualTo(Presence.ONLINE);
        presence.seen("王小明", clock.instant());
        assertThat(presence.presence("王小明")).isEqualTo(Presence.ONLINE);
    }

    @Test
    void awayAndOfflineNeverLapseAndAnAgentNeverSeenIsOffline() {
        assertThat(presence.presence("nobody")).isEqualTo(Presence.OFFLINE);
        presence.presence("alice", Presence.AWAY);
        clock.advance(Duration.ofDays(1));
        assertThat(presence.presence("alice")).isEqualTo(Presence.AWAY);
        // online set straight in the store, never heard from: offline
        store.presence("bob", Presence.ONLINE);
        assertThat(presence.presence("bob")).isEqualTo(Presence.OFFLINE);
    }

    @Test
    void passesAssignmentsAndSightingsThroughAndRefusesANonPositiveTimeout() {
        Instant at = clock.instant();
        presence.assigned("alice", at);
        presence.seen("alice", at);
        assertThat(store.lastAssigned("alice")).contains(at);
        assertThat(presence.lastSeen("alice")).contains(at);
        assertThatThrownBy(() -> new ExpiringPresence(store, Duration.ZERO, clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
