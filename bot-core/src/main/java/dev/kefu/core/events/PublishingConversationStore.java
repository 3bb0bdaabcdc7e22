package dev.kefu.core.events;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.store.ConversationStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A store that publishes on a bus every batch of events it has durably appended; reads pass through. */
public final class PublishingConversationStore implements ConversationStore {

    private final ConversationStore store;
    private final ConversationEventBus bus;

    public PublishingConversationStore(ConversationStore store, ConversationEventBus bus) {
        this.store = store;
        this.bus = bus;
    }

    @Override
    public void append(List<ConversationEvent> events) {
        store.append(events);
        bus.publish(events);
    }

    @Override
    public Optional<Conversation> find(String conversationId) {
        return store.find(conversationId);
    }

    @Override
    public Optional<Conversation> findOpen(String channel, String userId) {
        return store.findOpen(channel, userId);
    }

    @Override
    public List<ConversationEvent> events(String conversationId) {
        return store.events(conversationId);
    }

    @Override
    public Optional<ConversationEvent> event(String conversationId, long sequence) {
        return store.event(conversationId, sequence);
    }

    @Override
    public List<Conversation> inState(ConversationState state) {
        return store.inState(state);
    }

    @Override
    public List<Conversation> deleteUser(String channel, String userId) {
        return store.deleteUser(channel, userId);
    }

    @Override
    public List<Conversation> deleteInactiveSince(Instant cutoff) {
        return store.deleteInactiveSince(cutoff);
    }

    /** Closes the store it wraps; the bus has its own owner. */
    @Override
    public void close() {
        store.close();
    }
}
