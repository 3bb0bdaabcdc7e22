package dev.kefu.core.handoff;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** One lock per agent for one instance: what the embedded store uses, where one instance assigns. */
public final class InProcessAgentLocks implements AgentLocks {

    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Override
    public <T> T withAgent(String agentId, Supplier<T> change) {
        ReentrantLock lock = locks.computeIfAbsent(agentId, id -> new ReentrantLock());
        lock.lock();
        try {
            return change.get();
        } finally {
            lock.unlock();
        }
    }
}
