package dev.kefu.app.store.redis;

import dev.kefu.core.handoff.AgentStatusStore;
import dev.kefu.core.handoff.Presence;
import java.time.Instant;
import java.util.Optional;

/**
 * Agents' presence and last assignment shared by every instance: three hashes keyed by agent id,
 * {@code agents:presence}, {@code agents:last-assigned} and {@code agents:last-seen} (ISO instants).
 */
public final class RedisAgentStatusStore implements AgentStatusStore {

    private final SharedRedis redis;

    public RedisAgentStatusStore(SharedRedis redis) {
        this.redis = redis;
    }

    @Override
    public Presence presence(String agentId) {
        String value = redis.call(c -> c.hget(redis.key("agents", "presence"), agentId));
        return value == null ? Presence.OFFLINE : Presence.valueOf(value);
    }

    @Override
    public void presence(String agentId, Presence presence) {
        redis.call(c -> c.hset(redis.key("agents", "presence"), agentId, presence.name()));
    }

    @Override
    public Optional<Instant> lastAssigned(String agentId) {
        String value = redis.call(c -> c.hget(redis.key("agents", "last-assigned"), agentId));
        return Optional.ofNullable(value).map(Instant::parse);
    }

    @Override
    public void assigned(String agentId, Instant at) {
        redis.call(c -> c.hset(redis.key("agents", "last-assigned"), agentId, at.toString()));
    }

    @Override
    public Optional<Instant> lastSeen(String agentId) {
        String value = redis.call(c -> c.hget(redis.key("agents", "last-seen"), agentId));
        return Optional.ofNullable(value).map(Instant::parse);
    }

    @Override
    public void seen(String agentId, Instant at) {
        redis.call(c -> c.hset(redis.key("agents", "last-seen"), agentId, at.toString()));
    }
}
