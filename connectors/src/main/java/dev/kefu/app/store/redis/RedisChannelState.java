package dev.kefu.app.store.redis;

import dev.kefu.app.channel.ChannelState;
import dev.kefu.app.channel.Destination;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ChannelState} shared by every instance on one Redis: a route is a hash per conversation,
 * kept for {@code routeTtl} after it was last set; a claim is {@code SET key 1 NX PX}, kept for
 * {@code claimTtl}, longer than any platform redelivers.
 */
public final class RedisChannelState implements ChannelState {

    private static final Duration ROUTE_TTL = Duration.ofDays(30);
    private static final Duration CLAIM_TTL = Duration.ofDays(1);

    private final SharedRedis redis;

    public RedisChannelState(SharedRedis redis) {
        this.redis = redis;
    }

    @Override
    public void route(String conversationId, String channel, Destination destination) {
        Map<String, String> fields = new HashMap<>();
        fields.put("channel", channel);
        fields.put("chatId", destination.chatId());
        fields.put("private", Boolean.toString(destination.privateChat()));
        if (destination.threadId() != null) {
            fields.put("threadId", destination.threadId());
        }
        if (destination.sessionUrl() != null) {
            fields.put("sessionUrl", destination.sessionUrl());
        }
        if (destination.sessionExpiresAt() != null) {
            fields.put("sessionExpiresAt", destination.sessionExpiresAt().toString());
        }
        String key = redis.key("channel-route", conversationId);
        redis.call(c -> {
            c.multi();
            c.del(key);
            c.hset(key, fields);
            c.pexpire(key, ROUTE_TTL.toMillis());
            return c.exec();
        });
    }

    @Override
    public void forgetRoute(String conversationId) {
        redis.call(c -> c.del(redis.key("channel-route", conversationId)));
    }

    @Override
    public Optional<Route> route(String conversationId) {
        Map<String, String> fields = redis.call(c -> c.hgetall(redis.key("channel-route", conversationId)));
        if (fields == null || fields.get("chatId") == null) {
            return Optional.empty();
        }
        String expires = fields.get("sessionExpiresAt");
        return Optional.of(new Route(fields.get("channel"), new Destination(fields.get("chatId"), fields.get("threadId"),
                Boolean.parseBoolean(fields.get("private")), fields.get("sessionUrl"),
                expires == null ? null : Instant.parse(expires))));
    }

    @Override
    public boolean claim(String key) {
        return "OK".equals(redis.call(c -> c.set(redis.key("channel-claim", key), "1",
                SetArgs.Builder.nx().px(CLAIM_TTL))));
    }

    @Override
    public void release(String key) {
        redis.call(c -> c.del(redis.key("channel-claim", key)));
    }
}
