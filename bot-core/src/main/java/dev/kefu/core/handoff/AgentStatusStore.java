package dev.kefu.core.handoff;

import java.time.Instant;
import java.util.Optional;

/**
 * Where agents' presence and their last assignment are kept, shared by every instance that
 * assigns conversations. How many conversations an agent has is not kept here: it is read from
 * the conversations themselves, which cannot disagree with it. {@code HandoffStoreContract} in
 * this module's test-jar is the behaviour every implementation proves.
 */
public interface AgentStatusStore {

    /** The agent's presence; {@link Presence#OFFLINE} for an agent never seen. */
    Presence presence(String agentId);

    void presence(String agentId, Presence presence);

    /** When the agent was last given a conversation; round-robin assignment picks the one waiting longest. */
    Optional<Instant> lastAssigned(String agentId);

    void assigned(String agentId, Instant at);

    /** When the agent was last heard from (a request of theirs, or setting their presence). */
    Optional<Instant> lastSeen(String agentId);

    void seen(String agentId, Instant at);
}
