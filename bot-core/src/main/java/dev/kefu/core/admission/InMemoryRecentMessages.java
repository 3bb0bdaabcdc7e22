package dev.kefu.core.admission;

import dev.kefu.core.message.TurnResult;
import dev.kefu.core.privacy.DataSubject;
import dev.kefu.core.privacy.PersonalRecords;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@link RecentMessages} of one instance: the last {@code capacity} message ids, in memory. */
public final class InMemoryRecentMessages implements RecentMessages, PersonalRecords {

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

    @Override
    public String kind() {
        return "deliveries";
    }

    /** Forgets the results of the subject's conversations, which hold the bot's replies to them. */
    @Override
    public synchronized int forget(DataSubject subject) {
        int before = results.size();
        results.values().removeIf(r -> r.isPresent() && subject.conversationIds().contains(r.get().conversationId()));
        return before - results.size();
    }
}
