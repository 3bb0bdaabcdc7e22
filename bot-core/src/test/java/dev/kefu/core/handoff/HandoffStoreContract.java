package dev.kefu.core.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every implementation of the handoff's stores does ({@link AgentStatusStore},
 * {@link WaitHistory}, {@link CallbackStore}), proved the same way for each: a test class of an
 * implementation extends this and says how to open each store over the test's data.
 */
public abstract class HandoffStoreContract {

    /** The agents' status over this test's data: empty at the start, the same data on every call. */
    protected abstract AgentStatusStore agentStatus();

    /** A wait history keeping {@code capacity} waits over this test's data. */
    protected abstract WaitHistory waitHistory(int capacity);

    /** A callback store over this test's data; a second call opens it again, as after a restart. */
    protected abstract CallbackStore callbacks();

    // whole milliseconds: what every store can keep exactly
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Test
    void anAgentNeverSeenIsOfflineAndPresenceChangesPerAgent() {
        AgentStatusStore status = agentStatus();
        assertThat(status.presence("alice")).isEqualTo(Presence.OFFLINE);
        status.presence("alice", Presence.ONLINE);
        status.presence("bob.b_2-x", Presence.AWAY);
        assertThat(status.presence("alice")).isEqualTo(Presence.ONLINE);
        assertThat(status.presence("bob.b_2-x")).isEqualTo(Presence.AWAY);
        status.presence("alice", Presence.OFFLINE);
        assertThat(status.presence("alice")).isEqualTo(Presence.OFFLINE);
        assertThat(agentStatus().presence("bob.b_2-x")).isEqualTo(Presence.AWAY);
    }

    @Test
    void keepsEachAgentsLastAssignmentExactly() {
        AgentStatusStore status = agentStatus();
        assertThat(status.lastAssigned("alice")).isEmpty();
        Instant precise = Instant.parse("2026-03-02T02:00:00.123456789Z");
        status.assigned("alice", precise);
        status.assigned("bob", precise.plusSeconds(1));
        status.assigned("alice", precise.plusSeconds(2));
        assertThat(status.lastAssigned("alice")).contains(precise.plusSeconds(2));
        assertThat(status.lastAssigned("bob")).contains(precise.plusSeconds(1));
    }

    @Test
    void keepsWhenEachAgentWasLastSeenExactly() {
        AgentStatusStore status = agentStatus();
        assertThat(status.lastSeen("alice")).isEmpty();
        Instant precise = Instant.parse("2026-03-02T02:00:00.123456789Z");
        status.seen("alice", precise);
        status.seen("bob", precise.plusSeconds(1));
        status.seen("alice", precise.plusSeconds(2));
        assertThat(agentStatus().lastSeen("alice")).contains(precise.plusSeconds(2));
        assertThat(agentStatus().lastSeen("bob")).contains(precise.plusSeconds(1));
    }

    @Test
    void keepsTheRecentWaitsNewestFirstAndNoMoreThanItsCapacity() {
        WaitHistory waits = waitHistory(3);
        assertThat(waits.recent(10)).isEmpty();
        for (int i = 1; i <= 5; i++) {
            waits.record(Duration.ofMillis(i * 1000L + 7));
        }
        assertThat(waits.recent(10)).containsExactly(Duration.ofMillis(5007), Duration.ofMillis(4007), Duration.ofMillis(3007));
        assertThat(waits.recent(2)).containsExactly(Duration.ofMillis(5007), Duration.ofMillis(4007));
    }

    @Test
    void keepsTheWaitsAcrossARestart() {
        WaitHistory before = waitHistory(3);
        before.record(Duration.ofSeconds(40));
        before.record(Duration.ofMillis(95_250));
        assertThat(waitHistory(3).recent(10)).containsExactly(Duration.ofMillis(95_250), Duration.ofSeconds(40));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"13812345678", "+852 9123 4567", "jo.o+tag@例子.公司", "\"quoted\" \\ \n newline"})
    void keepsACallbackRequestExactlyAcrossARestart(String contact) {
        CallbackRequest request = new CallbackRequest("c-1", "PHONE", contact, "zh-Hant", now, now.plus(Duration.ofDays(7)));
        callbacks().save(request);
        assertThat(callbacks().find("c-1", now)).contains(request);
        assertThat(callbacks().pending(now)).containsExactly(request);
    }

    @Test
    void aNewerRequestReplacesTheConversationsEarlierOne() {
        CallbackStore store = callbacks();
        store.save(new CallbackRequest("c-1", "PHONE", "13812345678", "zh-Hans", now, now.plus(Duration.ofDays(1))));
        CallbackRequest newer = new CallbackRequest("c-1", "EMAIL", "jo@example.com", "zh-Hans", now.plusSeconds(5),
                now.plus(Duration.ofDays(1)));
        store.save(newer);
        store.save(new CallbackRequest("c-2", "EMAIL", "x@example.com", "en", now.plusSeconds(1), now.plus(Duration.ofDays(1))));
        assertThat(store.find("c-1", now)).contains(newer);
        assertThat(store.pending(now)).extracting(CallbackRequest::conversationId).containsExactly("c-2", "c-1");
    }

    @Test
    void deletesARequestOnDemandAndForgetsItOnceExpired() {
        CallbackStore store = callbacks();
        store.save(new CallbackRequest("short", "PHONE", "13812345678", "en", now, now.plus(Duration.ofHours(1))));
        store.save(new CallbackRequest("long", "PHONE", "13912345678", "en", now, now.plus(Duration.ofDays(2))));
        store.save(new CallbackRequest("gone", "EMAIL", "a@b.cn", "en", now, now.plus(Duration.ofDays(2))));
        store.delete("gone");
        store.delete("never-there");
        Instant later = now.plus(Duration.ofHours(2));
        assertThat(store.find("short", later)).isEmpty();
        assertThat(store.find("gone", now)).isEmpty();
        assertThat(store.pending(later)).extracting(CallbackRequest::conversationId).containsExactly("long");
        assertThat(store.deleteExpired(later)).isEqualTo(1);
        assertThat(callbacks().pending(now)).extracting(CallbackRequest::conversationId).containsExactly("long");
        assertThat(store.deleteExpired(later)).isZero();
    }
}
