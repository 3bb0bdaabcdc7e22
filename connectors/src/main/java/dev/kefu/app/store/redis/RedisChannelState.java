package dev.kefu.app.store.redis;

import dev.kefu.app.channel.ChannelState;
import dev.kefu.app.channel.Destination;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link ChannelState} shared by every instance on one Redis: a route is one JSON value per
 * conversation, kept 30 days after it was last set; a claim is {@code SET key 1 NX PX}, kept a day,
 * longer than any platform redelivers. A send is claimed as {@code sending} for its lease, then
 * marked {@code sent} for a day.
 */
public final class RedisChannelState implements ChannelState {

    private static final Duration ROUTE_TTL = Duration.ofDays(30);
    private static final Duration CLAIM_TTL = Duration.ofDays(1);
    private static final String SENDING = "sending";
    private static final String SENT = "sent";

    private final SharedRedis redis;
    private final ObjectMapper json = JsonMapper.builder().build();

    public RedisChannelState(SharedRedis redis) {
        this.redis = redis;
    }

    @Override
    public void route(String conversationId, String channel, Destination destination) {
        String value = json.writeValueAsString(new Route(channel, destination));
        redis.call(c -> c.set(redis.key("channel-route", conversationId), value, SetArgs.Builder.px(ROUTE_TTL)));
    }

    @Override
    public void forgetRoute(String conversationId) {
        redis.call(c -> c.del(redis.key("channel-route", conversationId)));
    }

    @Override
    public Optional<Route> route(String conversationId) {
        String value = redis.call(c -> c.get(redis.key("channel-route", conversationId)));
        return value == null ? Optional.empty() : Optional.of(json.readValue(value, Route.class));
    }

    @Override
    public boolean claim(String key) {
        return "OK".equals(redis.call(c -> c.set(redis.key("channel-claim", key), "1",
                SetArgs.Builder.nx().px(CLAIM_TTL))));
    }

    @Override
    public SendClaim claimSend(String key, Duration lease) {
        String redisKey = redis.key("channel-claim", key);
        if ("OK".equals(redis.call(c -> c.set(redisKey, SENDING, SetArgs.Builder.nx().px(lease))))) {
            return SendClaim.CLAIMED;
        }
        // "1" is a send claimed before leases, when a claim meant sent
        String found = redis.call(c -> c.get(redisKey));
        return SENT.equals(found) || "1".equals(found) ? SendClaim.SENT : SendClaim.IN_FLIGHT;
    }

    @Override
    public void sent(String key) {
        redis.call(c -> c.set(redis.key("channel-claim", key), SENT, SetArgs.Builder.px(CLAIM_TTL)));
    }

    @Override
    public void release(String key) {
        redis.call(c -> c.del(redis.key("channel-claim", key)));
    }
}
