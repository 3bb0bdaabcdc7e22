package dev.kefu.core.handoff;

import java.util.function.Supplier;

/**
 * Runs the changes that give an agent a conversation one at a time per agent, so that two
 * assignments at once (the dispatcher and a claim, or two instances) cannot both find room under
 * the agent's capacity. Every instance that assigns must share the same locks.
 */
public interface AgentLocks {

    /**
     * Runs {@code change} while holding the agent's lock; throws {@link HandoffConflictException}
     * when the lock cannot be had in reasonable time.
     */
    <T> T withAgent(String agentId, Supplier<T> change);
}
