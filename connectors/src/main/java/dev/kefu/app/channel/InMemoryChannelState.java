package dev.kefu.app.channel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@link ChannelState} of one instance: the last {@code capacity} routes and claims, in memory. */
public final class InMemoryChannelState implements ChannelState {

    private final Map<String, Route> routes;
    private final Map<String, Boolean> claims;

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
        return claims.putIfAbsent(key, Boolean.TRUE) == null;
    }

    @Override
    public synchronized void release(String key) {
        claims.remove(key);
    }
}
