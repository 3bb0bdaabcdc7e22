package dev.kefu.app.store.redis;

import dev.kefu.core.handoff.CallbackRequest;
import dev.kefu.core.handoff.CallbackStore;
import io.lettuce.core.SetArgs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Callback requests shared by every instance: each in its own key {@code callback:<conversation>}
 * that Redis deletes by itself at the request's expiry (personal data does not outlive its
 * retention even if no instance runs), indexed by request time in the sorted set {@code callbacks}.
 */
public final class RedisCallbackStore implements CallbackStore {

    private final SharedRedis redis;
    private final ObjectMapper json = JsonMapper.builder().build();

    public RedisCallbackStore(SharedRedis redis) {
        this.redis = redis;
    }

    @Override
    public void save(CallbackRequest request) {
        String value = json.writeValueAsString(request);
        redis.call(c -> {
            c.set(keyOf(request.conversationId()), value, SetArgs.Builder.pxAt(request.expiresAt().toEpochMilli()));
            return c.zadd(redis.key("callbacks"), request.requestedAt().toEpochMilli(), request.conversationId());
        });
    }

    @Override
    public Optional<CallbackRequest> find(String conversationId, Instant now) {
        String value = redis.call(c -> c.get(keyOf(conversationId)));
        return Optional.ofNullable(value).map(v -> json.readValue(v, CallbackRequest.class))
                .filter(r -> r.expiresAt().isAfter(now));
    }

    @Override
    public List<CallbackRequest> pending(Instant now) {
        return stored().stream().filter(r -> r.expiresAt().isAfter(now)).toList();
    }

    @Override
    public void delete(String conversationId) {
        redis.call(c -> {
            c.del(keyOf(conversationId));
            return c.zrem(redis.key("callbacks"), conversationId);
        });
    }

    @Override
    public int deleteExpired(Instant now) {
        List<String> ids = redis.call(c -> c.zrange(redis.key("callbacks"), 0, -1));
        int deleted = 0;
        for (String id : ids) {
            String value = redis.call(c -> c.get(keyOf(id)));
            if (value == null || !json.readValue(value, CallbackRequest.class).expiresAt().isAfter(now)) {
                delete(id);
                deleted += value == null ? 0 : 1;
            }
        }
        return deleted;
    }

    /** Every request still in Redis, oldest first. */
    private List<CallbackRequest> stored() {
        List<String> ids = redis.call(c -> c.zrange(redis.key("callbacks"), 0, -1));
        if (ids.isEmpty()) {
            return List.of();
        }
        String[] keys = ids.stream().map(this::keyOf).toArray(String[]::new);
        List<CallbackRequest> requests = new ArrayList<>();
        redis.call(c -> c.mget(keys)).stream().filter(kv -> kv.hasValue())
                .map(kv -> json.readValue(kv.getValue(), CallbackRequest.class)).filter(Objects::nonNull)
                .forEach(requests::add);
        return requests;
    }

    private String keyOf(String conversationId) {
        return redis.key("callback", conversationId);
    }
}
