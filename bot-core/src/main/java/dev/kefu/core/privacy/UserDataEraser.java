package dev.kefu.core.privacy;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.store.ConversationStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Deletes everything about a user on request: their conversations with every event, then what
 * other {@link PersonalRecords} hold of them, found by the conversations' ids and the user's words.
 * Running it again deletes what a failure left, and reports nothing for what is already gone.
 */
public final class UserDataEraser {

    private final ConversationStore store;
    private final List<PersonalRecords> records;

    public UserDataEraser(ConversationStore store, List<PersonalRecords> records) {
        this.store = Objects.requireNonNull(store, "store");
        this.records = List.copyOf(records);
    }

    public Erasure erase(String channel, String userId) {
        List<Conversation> conversations = store.deleteUser(channel, userId);
        DataSubject subject = new DataSubject(channel, userId,
                conversations.stream().map(Conversation::id).collect(Collectors.toSet()),
                conversations.stream().flatMap(c -> c.transcript().stream())
                        .filter(line -> line.kind() == EventKind.CUSTOMER_MESSAGE && line.text() != null)
                        .map(Conversation.TranscriptLine::text).collect(Collectors.toSet()));
        Map<String, Integer> forgotten = new LinkedHashMap<>();
        for (PersonalRecords record : records) {
            forgotten.merge(record.kind(), record.forget(subject), Integer::sum);
        }
        return new Erasure(channel, userId, conversations.stream().map(Conversation::id).sorted().toList(),
                conversations.stream().mapToLong(Conversation::lastSequence).sum(), forgotten);
    }

    /** What was deleted: the conversations, how many events they had, and how many other records of each kind. */
    public record Erasure(String channel, String userId, List<String> conversations, long events,
                          Map<String, Integer> records) {
        public Erasure {
            conversations = List.copyOf(conversations);
            records = Map.copyOf(records);
        }
    }
}
