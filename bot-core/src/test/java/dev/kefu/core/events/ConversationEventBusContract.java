package dev.kefu.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.store.StoreEvents;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ConversationEventBus} does for the subscribers of the instance that publishes. */
public abstract class ConversationEventBusContract {

    private ConversationEventBus bus;

    /** A new, empty bus. */
    protected abstract ConversationEventBus newBus();

    @BeforeEach
    void openBus() {
        bus = newBus();
    }

    @AfterEach
    void closeBus() {
        bus.close();
    }

    @Test
    void subscribersGetPublishedEventsInOrder() {
        List<ConversationEvent> first = new CopyOnWriteArrayList<>();
        List<ConversationEvent> second = new CopyOnWriteArrayList<>();
        bus.subscribe(first::add);
        bus.subscribe(second::add);
        List<ConversationEvent> events = List.of(StoreEvents.opened("c1", "u1"),
                StoreEvents.message("c1", 2, "我的快递到哪了"), StoreEvents.message("c1", 3, "我的快遞到哪了？"),
                StoreEvents.message("c1", 4, "where is my parcel?"));

        bus.publish(events);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(first).containsExactlyElementsOf(events);
            assertThat(second).containsExactlyElementsOf(events);
        });
    }

    @Test
    void aClosedSubscriptionGetsNothingMore() {
        List<ConversationEvent> seen = new CopyOnWriteArrayList<>();
        List<ConversationEvent> witness = new CopyOnWriteArrayList<>();
        ConversationEventBus.Subscription subscription = bus.subscribe(seen::add);
        bus.subscribe(witness::add);
        bus.publish(List.of(StoreEvents.opened("c1", "u1")));
        await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 1);

        subscription.close();
        bus.publish(List.of(StoreEvents.message("c1", 2, "hello")));

        await().atMost(Duration.ofSeconds(5)).until(() -> witness.size() == 2);
        assertThat(seen).hasSize(1);
    }

    @Test
    void aFailingSubscriberDoesNotStopTheOthers() {
        List<ConversationEvent> seen = new CopyOnWriteArrayList<>();
        bus.subscribe(event -> {
            throw new IllegalStateException("a broken widget");
        });
        bus.subscribe(seen::add);

        bus.publish(List.of(StoreEvents.opened("c1", "u1"), StoreEvents.message("c1", 2, "谢谢")));

        await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 2);
    }
}
