package dev.kefu.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.store.StoreEvents;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The work feed of one instance: each group gets every published event by reference, off the publishing thread, and retries failures up to the cap. */
class LocalWorkFeedTest {

    private final LocalConversationEventBus bus = new LocalConversationEventBus();
    private final LocalWorkFeed feed = new LocalWorkFeed(bus, 3, Duration.ofMillis(10));

    private static final List<ConversationEvent> TURN = List.of(StoreEvents.opened("c1", "u1"),
            StoreEvents.message("c1", 2, "我要转人工"), StoreEvents.message("c1", 3, "我要轉人工"),
            StoreEvents.message("c1", 4, "talk to a human"));

    @AfterEach
    void close() {
        feed.close();
        bus.close();
    }

    @Test
    void everyGroupGetsEveryEventByReferenceInOrderOnItsOwnThread() {
        List<EventReference> replies = new CopyOnWriteArrayList<>();
        List<EventReference> handoff = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        feed.consume("agent-replies", e -> {
            threads.add(Thread.currentThread().getName());
            replies.add(e);
        });
        feed.consume("handoff", handoff::add);

        bus.publish(TURN);

        List<EventReference> expected = List.of(new EventReference("c1", 1, EventKind.OPENED),
                new EventReference("c1", 2, EventKind.CUSTOMER_MESSAGE), new EventReference("c1", 3, EventKind.CUSTOMER_MESSAGE),
                new EventReference("c1", 4, EventKind.CUSTOMER_MESSAGE));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(replies).containsExactlyElementsOf(expected);
            assertThat(handoff).containsExactlyElementsOf(expected);
        });
        assertThat(threads).containsOnly("kefu-work-agent-replies");
    }

    @Test
    void aFailedEventIsTriedAgainAndAPoisonOneIsGivenUpAtTheCapWithoutHoldingUpTheRest() {
        AtomicInteger flaky = new AtomicInteger();
        AtomicInteger poison = new AtomicInteger();
        List<Long> done = new CopyOnWriteArrayList<>();
        feed.consume("agent-replies", e -> {
            if (e.sequence() == 2 && flaky.incrementAndGet() < 2) {
                throw new IllegalStateException("platform away");
            }
            if (e.sequence() == 3) {
                poison.incrementAndGet();
                throw new IllegalStateException("never works");
            }
            done.add(e.sequence());
        });

        bus.publish(TURN);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(done).containsExactlyInAnyOrder(1L, 2L, 4L));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(poison).hasValue(3));
        assertThat(flaky).hasValue(2);
    }

    @Test
    void aGroupIsConsumedOnceAndNamedPlainly() {
        WorkFeed.Consumption first = feed.consume("handoff", e -> { });
        assertThatThrownBy(() -> feed.consume("handoff", e -> { })).isInstanceOf(IllegalStateException.class);
        first.close();
        List<EventReference> seen = new CopyOnWriteArrayList<>();
        feed.consume("handoff", seen::add);
        bus.publish(TURN.subList(0, 1));
        await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 1);
        for (String bad : new String[] {"", "Agent Replies", "回复", "-x", "a:b"}) {
            assertThatThrownBy(() -> feed.consume(bad, e -> { })).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new EventReference("c1", 0, EventKind.OPENED)).isInstanceOf(IllegalArgumentException.class);
    }
}
