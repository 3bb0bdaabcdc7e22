package dev.kefu.app.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.events.ConversationEventBus;
import dev.kefu.core.events.ConversationEventBusContract;
import dev.kefu.core.store.StoreEvents;
import dev.kefu.core.store.StoreException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The bus contract on a real redis-server, and two instances, each with its own connections, on one Redis. */
class RedisConversationEventBusTest extends ConversationEventBusContract {

    @RegisterExtension
    static final RedisServer server = RedisServer.withoutPersistence();

    private final List<AutoCloseable> opened = new ArrayList<>();

    @Override
    protected ConversationEventBus newBus() {
        return new RedisConversationEventBus(server.redis());
    }

    private RedisConversationEventBus otherInstance() {
        SharedRedis redis = server.connect();
        RedisConversationEventBus bus = new RedisConversationEventBus(redis);
        opened.add(redis);
        opened.add(bus);
        return bus;
    }

    @AfterEach
    void closeOtherInstances() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    private static final List<ConversationEvent> TURN = List.of(StoreEvents.opened("c1", "u1"),
            StoreEvents.message("c1", 2, "我要转人工"), StoreEvents.message("c1", 3, "我要轉人工"),
            StoreEvents.message("c1", 4, "talk to a human 😡"));

    @Test
    void eventsPublishedOnOneInstanceReachTheOthersInOrderAndItsOwnSubscribersOnce() {
        RedisConversationEventBus a = otherInstance();
        RedisConversationEventBus b = otherInstance();
        List<ConversationEvent> seenOnA = new CopyOnWriteArrayList<>();
        List<ConversationEvent> seenOnB = new CopyOnWriteArrayList<>();
        a.subscribe(seenOnA::add);
        b.subscribe(seenOnB::add);

        a.publish(TURN.subList(0, 2));
        a.publish(TURN.subList(2, 4));

        assertThat(seenOnA).as("delivered on the publishing thread").containsExactlyElementsOf(TURN);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(seenOnB).containsExactlyElementsOf(TURN));
        b.publish(List.of(StoreEvents.message("c1", 5, "agent here")));
        await().atMost(Duration.ofSeconds(5)).until(() -> seenOnA.size() == 5);
        sleepALittle();
        assertThat(seenOnA).hasSize(5).doesNotHaveDuplicates();
        assertThat(seenOnB).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void deploymentsWithOtherKeyPrefixesDoNotHearEachOther() {
        RedisConversationEventBus production = otherInstance();
        List<ConversationEvent> heard = new CopyOnWriteArrayList<>();
        production.subscribe(heard::add);
        try (SharedRedis redis = SharedRedis.builder().uri(server.uri()).keyPrefix("staging:").build();
             RedisConversationEventBus staging = new RedisConversationEventBus(redis)) {
            staging.publish(TURN);
            otherInstance().publish(TURN.subList(0, 1));
            await().atMost(Duration.ofSeconds(5)).until(() -> heard.size() == 1);
            sleepALittle();
            assertThat(heard).containsExactly(TURN.get(0));
        }
    }

    @Test
    void ignoresForeignMessagesOnItsChannel() {
        RedisConversationEventBus a = otherInstance();
        List<ConversationEvent> heard = new CopyOnWriteArrayList<>();
        a.subscribe(heard::add);
        server.redis().call(c -> c.publish("kefu:events", "not json {"));
        server.redis().call(c -> c.publish("kefu:events", "{\"instance\":\"x\",\"events\":[{\"kind\":\"NOPE\"}]}"));
        otherInstance().publish(TURN.subList(0, 1));
        await().atMost(Duration.ofSeconds(5)).until(() -> heard.size() == 1);
    }

    /** Redis restarts: publishing meanwhile fails quietly (the events are stored), and the subscriptions come back by themselves. */
    @Test
    void subscribesAgainAfterRedisRestarts() {
        SharedRedis redisOfA = server.connect();
        opened.add(redisOfA);
        RedisConversationEventBus a = new RedisConversationEventBus(redisOfA);
        opened.add(a);
        RedisConversationEventBus b = otherInstance();
        List<ConversationEvent> seenOnA = new CopyOnWriteArrayList<>();
        List<ConversationEvent> seenOnB = new CopyOnWriteArrayList<>();
        a.subscribe(seenOnA::add);
        b.subscribe(seenOnB::add);

        server.kill();
        a.publish(TURN.subList(0, 1));
        assertThat(seenOnA).containsExactly(TURN.get(0));

        server.start();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            try {
                b.publish(List.of(StoreEvents.message("c9", 2, "還在嗎")));
            } catch (StoreException notYet) {
                // b publishes quietly; the command connection itself may not be back yet
            }
            assertThat(seenOnA).extracting(ConversationEvent::conversationId).contains("c9");
        });
        a.publish(TURN.subList(1, 2));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(seenOnB).contains(TURN.get(1)));
    }

    private static void sleepALittle() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
