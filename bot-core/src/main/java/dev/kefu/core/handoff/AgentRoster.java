package dev.kefu.core.handoff;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The agents the business has configured, in the order configured; an id names one agent only. */
public final class AgentRoster {

    private final Map<String, Agent> agents = new LinkedHashMap<>();

    public AgentRoster(Collection<Agent> agents) {
        for (Agent agent : agents) {
            if (this.agents.putIfAbsent(agent.id(), agent) != null) {
                throw new IllegalArgumentException("agent " + agent.id() + " is configured twice");
            }
        }
    }

    public Optional<Agent> find(String agentId) {
        return agentId == null ? Optional.empty() : Optional.ofNullable(agents.get(agentId));
    }

    /** The agent named, or {@link UnknownAgentException}. */
    public Agent require(String agentId) {
        return find(agentId).orElseThrow(() -> new UnknownAgentException(agentId));
    }

    public List<Agent> all() {
        return List.copyOf(agents.values());
    }

    /** Whether some agent has {@code skill}: a transfer to a skill nobody has would wait for ever. */
    public boolean anyoneHas(String skill) {
        return agents.values().stream().anyMatch(a -> a.skills().contains(skill));
    }
}
