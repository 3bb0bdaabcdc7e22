package dev.kefu.core.store;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The events one append adds to one conversation, checked against what is stored: {@code before}
 * is the stored conversation (null when the batch opens it), {@code after} what the events make of it.
 */
public record Continuation(Conversation before, List<ConversationEvent> events, Conversation after) {

    public Continuation {
        events = List.copyOf(events);
    }

    /** The last sequence number the store must still hold for this append to go in; 0 for a new conversation. */
    public long expectedSequence() {
        return before == null ? 0 : before.lastSequence();
    }

    /**
     * Splits a batch by conversation, in order of first appearance, and folds each part onto the
     * stored conversation. Throws {@link IllegalArgumentException} for a batch that is wrong in
     * itself (a gap, an unknown conversation, OPENED anywhere but at #1) and
     * {@link AppendConflictException} when it continues a conversation from an older state.
     */
    public static List<Continuation> of(List<ConversationEvent> batch, Function<String, Optional<Conversation>> stored) {
        Map<String, List<ConversationEvent>> byConversation = new LinkedHashMap<>();
        for (ConversationEvent event : batch) {
            byConversation.computeIfAbsent(event.conversationId(), id -> new ArrayList<>()).add(event);
        }
        List<Continuation> continuations = new ArrayList<>(byConversation.size());
        byConversation.forEach((id, events) -> continuations.add(fold(stored.apply(id).orElse(null), events)));
        return continuations;
    }

    private static Continuation fold(Conversation before, List<ConversationEvent> events) {
        ConversationEvent first = events.get(0);
        long expected = before == null ? 1 : before.lastSequence() + 1;
        if (first.sequence() < expected) {
            throw new AppendConflictException("conversation " + first.conversationId() + " already has #"
                    + first.sequence() + "; it is at #" + (expected - 1));
        }
        Conversation after = before;
        for (ConversationEvent event : events) {
            if (event.sequence() != expected) {
                throw new IllegalArgumentException("event " + event.kind() + " #" + event.sequence() + " of "
                        + event.conversationId() + " out of order; expected #" + expected);
            }
            after = after == null ? Conversation.open(event) : after.apply(event);
            expected++;
        }
        return new Continuation(before, events, after);
    }
}
