package dev.kefu.core.events;

import dev.kefu.core.conversation.ConversationEvent;
import java.util.List;
import java.util.function.Consumer;

/**
 * Live fan-out of conversation events, once they are stored, to whoever watches: the chat widget,
 * the agent desk, the senders of the messaging connectors. Delivery is at most once and may lag:
 * a watcher that must miss nothing (a widget resuming after a drop) reads the store from the last
 * sequence it saw, and uses the bus only to learn that there is something new. A shared
 * implementation also tells the subscribers of the other instances.
 */
public interface ConversationEventBus extends AutoCloseable {

    /** Tells the subscribers of events that were just stored, in their order. */
    void publish(List<ConversationEvent> events);

    /**
     * Calls {@code subscriber} with every event published from now on, until the subscription is
     * closed. Subscribers must be quick and must not block; what one throws is logged and skipped.
     */
    Subscription subscribe(Consumer<ConversationEvent> subscriber);

    @Override
    void close();

    /** Stops the deliveries to one subscriber. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
