package dev.kefu.core.events;

import dev.kefu.core.conversation.ConversationEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The bus of one instance: subscribers are called on the publishing thread, in subscription order. */
public final class LocalConversationEventBus implements ConversationEventBus {

    private static final System.Logger LOG = System.getLogger(LocalConversationEventBus.class.getName());

    private final List<Consumer<ConversationEvent>> subscribers = new CopyOnWriteArrayList<>();

    @Override
    public void publish(List<ConversationEvent> events) {
        for (ConversationEvent event : events) {
            deliver(event);
        }
    }

    /** Calls every subscriber with one event; a shared bus uses it for the events other instances published. */
    public void deliver(ConversationEvent event) {
        for (Consumer<ConversationEvent> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "event subscriber failed on " + event.kind()
                        + " of " + event.conversationId(), e);
            }
        }
    }

    @Override
    public Subscription subscribe(Consumer<ConversationEvent> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    @Override
    public void close() {
        subscribers.clear();
    }
}
