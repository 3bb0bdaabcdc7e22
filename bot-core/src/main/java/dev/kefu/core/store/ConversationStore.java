package dev.kefu.core.store;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.ConversationState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where conversations live: an ordered log of events per conversation, and the conversations
 * folded from them. {@link #append} returns only once the events are durable, so a message
 * acknowledged to its sender is never lost. Implementations are thread-safe, and appends are
 * optimistic: a writer that built its events on an older state gets an {@link AppendConflictException}.
 * {@code ConversationStoreContract} in this module's test-jar is the behaviour every implementation proves.
 */
public interface ConversationStore extends AutoCloseable {

    /**
     * Stores the events of one turn, all or none; they must continue their conversation's numbering
     * (see {@link Continuation#of}), and a user has at most one open conversation per channel.
     *
     * @throws IllegalArgumentException the events are wrong in themselves; nothing was stored
     * @throws AppendConflictException another writer appended first, or the user already has an open conversation
     * @throws StoreException the store could not write; nothing was acknowledged
     */
    void append(List<ConversationEvent> events);

    Optional<Conversation> find(String conversationId);

    /** The user's latest conversation on a channel that is not resolved. */
    Optional<Conversation> findOpen(String channel, String userId);

    List<ConversationEvent> events(String conversationId);

    /** One event of a conversation, if it is stored (a deleted conversation has none). */
    default Optional<ConversationEvent> event(String conversationId, long sequence) {
        return events(conversationId).stream().filter(e -> e.sequence() == sequence).findFirst();
    }

    /** Conversations in a state, oldest change first. */
    List<Conversation> inState(ConversationState state);

    /**
     * Deletes, durably, every conversation of a user on a channel, open or resolved, with all its
     * events: what a request to be forgotten asks. Returns the conversations as they were, so the
     * caller can say what went and find the user's words in other records.
     *
     * @throws StoreException the store could not delete; some conversations may be left, and a retry deletes them
     */
    List<Conversation> deleteUser(String channel, String userId);

    /**
     * Deletes, durably, every conversation whose last event is older than {@code cutoff}, with all
     * its events: the retention of personal data. Returns the conversations as they were.
     *
     * @throws StoreException the store could not delete; a later sweep deletes them
     */
    List<Conversation> deleteInactiveSince(Instant cutoff);

    @Override
    void close();
}
