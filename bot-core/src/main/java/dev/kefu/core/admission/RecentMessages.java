package dev.kefu.core.admission;

import dev.kefu.core.message.TurnResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the results of the last messages that carried a platform id, so a redelivered
 * webhook gets the same result instead of a second reply.
 */
public final class RecentMessages {

    private final Map<String, TurnResult> results;

    public RecentMessages(int capacity) {
        this.results = new LinkedHashMap<>(capacity, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, TurnResult> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized Optional<TurnResult> seen(String key) {
        return Optional.ofNullable(results.get(key));
    }

    public synchronized void remember(String key, TurnResult result) {
        results.put(key, result);
    }
}
