package dev.kefu.core.handoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Presence that lapses: an agent who said they are online but has not been heard from for
 * {@code timeout} (their desk closed, their laptop asleep) counts as {@link Presence#OFFLINE}, so
 * no conversation is assigned to them and customers are not told someone is coming. Setting a
 * presence counts as being heard from; so does {@link #seen(String, Instant)}, which the agent API
 * calls on each of the agent's requests. Away and offline never lapse. Wraps the store that keeps
 * the data, so every instance sharing it agrees.
 */
public final class ExpiringPresence implements AgentStatusStore {

    private final AgentStatusStore store;
    private final Duration timeout;
    private final Clock clock;

    public ExpiringPresence(AgentStatusStore store, Duration timeout, Clock clock) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the presence timeout must be positive");
        }
        this.store = Objects.requireNonNull(store, "store");
        this.timeout = timeout;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Presence presence(String agentId) {
        Presence said = store.presence(agentId);
        if (said != Presence.ONLINE) {
            return said;
        }
        Optional<Instant> seen = store.lastSeen(agentId);
        return seen.isPresent() && !seen.get().plus(timeout).isBefore(clock.instant()) ? said : Presence.OFFLINE;
    }

    @Override
    public void presence(String agentId, Presence presence) {
        store.presence(agentId, presence);
        store.seen(agentId, clock.instant());
    }

    @Override
    public Optional<Instant> lastAssigned(String agentId) {
        return store.lastAssigned(agentId);
    }

    @Override
    public void assigned(String agentId, Instant at) {
        store.assigned(agentId, at);
    }

    @Override
    public Optional<Instant> lastSeen(String agentId) {
        return store.lastSeen(agentId);
    }

    @Override
    public void seen(String agentId, Instant at) {
        store.seen(agentId, at);
    }
}
