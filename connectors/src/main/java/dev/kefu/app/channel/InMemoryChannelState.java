package dev.kefu.app.channel;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ChannelState} of one instance: the last {@code capacity} routes and claims, in memory. A
 * send lease needs no expiry here: a sender that dies takes the claims with it.
 */
public final class InMemoryChannelState implements ChannelState {

    private static final String CLAIMED = "claimed";
    private static final String SENDING = "sending";
    private static final String SENT = "sent";

    private final Map<String, Route> routes;
    private final Map<String, String> claims;

    public InMemoryChannelState(int capacity) {
        this.routes = bounded(capacity);
        this.claims = bounded(capacity);
    }

    private static <V> Map<String, V> bounded(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public synchronized void route(String conversationId, String channel, Destination destination) {
        routes.put(conversationId, new Route(channel, destination));
    }

    @Override
    public synchronized void forgetRoute(String conversationId) {
        routes.remove(conversationId);
    }

    @Override
    public synchronized Optional<Route> route(String conversationId) {
        return Optional.ofNullable(routes.get(conversationId));
    }

    @Override
    public synchronized boolean claim(String key) {
        return claims.putIfAbsent(key, CLAIMED) == null;
    }

    @Override
    public synchronized SendClaim claimSend(String key, Duration lease) {
        String found = claims.putIfAbsent(key, SENDING);
        return found == null ? SendClaim.CLAIMED : SENDING.equals(found) ? SendClaim.IN_FLIGHT : SendClaim.SENT;
    }

    @Override
    public synchronized void sent(String key) {
        claims.put(key, SENT);
    }

    @Override
    public synchronized void release(String key) {
        claims.remove(key);
    }
}
