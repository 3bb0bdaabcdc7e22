package dev.kefu.core.admission;

import dev.kefu.core.message.TurnResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@link RecentMessages} of one instance: the last {@code capacity} message ids, in memory. */
public final class InMemoryRecentMessages implements RecentMessages {

    private final Map<String, Optional<TurnResult>> results;

    public InMemoryRecentMessages(int capacity) {
        this.results = new LinkedHashMap<>(capacity, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Optional<TurnResult>> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public synchronized Optional<TurnResult> claim(String key) {
        Optional<TurnResult> earlier = results.putIfAbsent(key, Optional.empty());
        if (earlier != null && earlier.isEmpty()) {
            throw new MessageInProgressException(key);
        }
        return earlier == null ? Optional.empty() : earlier;
    }

    @Override
    public synchronized void remember(String key, TurnResult result) {
        results.put(key, Optional.of(result));
    }

    @Override
    public synchronized void release(String key) {
        results.remove(key, Optional.empty());
    }
}
