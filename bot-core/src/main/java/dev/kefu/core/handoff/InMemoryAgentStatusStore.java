package dev.kefu.core.handoff;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Agents' presence for one instance: after a restart every agent is offline until they say otherwise. */
public final class InMemoryAgentStatusStore implements AgentStatusStore {

    private final Map<String, Presence> presence = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastAssigned = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastSeen = new ConcurrentHashMap<>();

    @Override
    public Presence presence(String agentId) {
        return presence.getOrDefault(agentId, Presence.OFFLINE);
    }

    @Override
    public void presence(String agentId, Presence value) {
        presence.put(agentId, value);
    }

    @Override
    public Optional<Instant> lastAssigned(String agentId) {
        return Optional.ofNullable(lastAssigned.get(agentId));
    }

    @Override
    public void assigned(String agentId, Instant at) {
        lastAssigned.put(agentId, at);
    }

    @Override
    public Optional<Instant> lastSeen(String agentId) {
        return Optional.ofNullable(lastSeen.get(agentId));
    }

    @Override
    public void seen(String agentId, Instant at) {
        lastSeen.put(agentId, at);
    }
}
