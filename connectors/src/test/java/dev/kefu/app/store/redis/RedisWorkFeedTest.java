package dev.kefu.app.store.redis;

import static dev.kefu.core.store.StoreEvents.message;
import static dev.kefu.core.store.StoreEvents.opened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.events.EventReference;
import dev.kefu.core.events.WorkFeed;
import dev.kefu.core.store.StoreException;
import io.lettuce.core.Consumer;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The outbox stream and its consumer groups on a real redis-server, with instances that each have
 * their own connections: how the work is shared, taken over from a consumer that died, given up
 * after the cap, and resumed after Redis restarts; and that the outbox holds no customer's words.
 */
@ExtendWith(OutputCaptureExtension.class)
class RedisWorkFeedTest {

    @RegisterExtension
    static final RedisServer server = RedisServer.withoutPersistence();

    private static final String OUTBOX = "kefu:work";
    private static final String GROUP = "agent-replies";
    private final List<AutoCloseable> opened = new ArrayList<>();
    private final RedisConversationStore store = new RedisConversationStore(server.redis());

    @AfterEach
    void closeInstances() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    /** The feed of another instance, with its own connection. */
    private RedisWorkFeed instance(String name, Duration minIdle, int maxDeliveries) {
        SharedRedis redis = server.connect();
        opened.add(redis);
        RedisWorkFeed feed = RedisWorkFeed.builder().redis(redis).instance(name).minIdle(minIdle).maxDeliveries(maxDeliveries).build();
        opened.add(feed);
        return feed;
    }

    private RedisWorkFeed instance(String name) {
        return instance(name, Duration.ofSeconds(30), 5);
    }

    /** Opens {@code conversations} conversations of one event and a message each: two outbox entries apiece. */
    private void storeConversations(String prefix, int conversations) {
        for (int i = 0; i < conversations; i++) {
            String id = prefix + i;
            store.append(List.of(opened(id, "u-" + id), message(id, 2, "运费多少 運費多少 how much is shipping")));
        }
    }

    private long pending(String group) {
        return server.redis().call(c -> c.xpending(OUTBOX, group)).getCount();
    }

    @Test
    void twoConsumersOfAGroupShareItsEntriesDisjointlyAndTogetherHandleAllWhileAnotherGroupGetsEveryOne() {
        Map<String, List<EventReference>> handled = Map.of("a", new CopyOnWriteArrayList<>(), "b", new CopyOnWriteArrayList<>());
        List<EventReference> handoff = new CopyOnWriteArrayList<>();
        for (String name : List.of("a", "b")) {
            instance(name).consume(GROUP, event -> {
                handled.get(name).add(event);
                sleep(5);
            });
        }
        instance("c").consume("handoff", handoff::add);

        storeConversations("c", 30);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(handled.get("a").size() + handled.get("b").size()).isEqualTo(60);
            assertThat(handoff).hasSize(60);
        });
        Set<EventReference> all = new HashSet<>(handled.get("a"));
        all.addAll(handled.get("b"));
        assertThat(all).as("disjoint shares that cover everything").hasSize(60).containsExactlyInAnyOrderElementsOf(handoff);
        assertThat(handled.get("a")).as("both consumers took a share").isNotEmpty();
        assertThat(handled.get("b")).as("both consumers took a share").isNotEmpty();
        assertThat(handoff).contains(new EventReference("c7", 1, EventKind.OPENED), new EventReference("c7", 2, EventKind.CUSTOMER_MESSAGE));
        await().atMost(Duration.ofSeconds(5)).until(() -> pending(GROUP) == 0 && pending("handoff") == 0);
    }

    @Test
    void anEntryReadByAConsumerThatDiedBeforeAcknowledgingIsHandledOnceByAnotherAfterTheMinimumIdleTime() {
        List<EventReference> handledByA = new CopyOnWriteArrayList<>();
        RedisWorkFeed dead = instance("dead", Duration.ofSeconds(30), 5);
        dead.consume(GROUP, event -> { }).close();
        storeConversations("d", 1);
        List<StreamMessage<String, String>> read = server.redis().call(c -> c.xreadgroup(Consumer.from(GROUP, "dead"),
                XReadArgs.StreamOffset.lastConsumed(OUTBOX)));
        assertThat(read).as("the dead consumer read both entries, and never acknowledges them").hasSize(2);
        long diedAt = System.nanoTime();

        Duration minIdle = Duration.ofMillis(600);
        instance("a", minIdle, 5).consume(GROUP, handledByA::add);

        await().atMost(Duration.ofSeconds(10)).until(() -> handledByA.size() == 2);
        assertThat(Duration.ofNanos(System.nanoTime() - diedAt)).isGreaterThanOrEqualTo(minIdle);
        assertThat(handledByA).containsExactly(new EventReference("d0", 1, EventKind.OPENED),
                new EventReference("d0", 2, EventKind.CUSTOMER_MESSAGE));
        await().atMost(Duration.ofSeconds(5)).until(() -> pending(GROUP) == 0);
        sleep(3 * minIdle.toMillis());
        assertThat(handledByA).as("handled once").hasSize(2);
    }

    @Test
    void aPoisonEntryIsGivenUpAfterTheCapLoggedWithoutTextAndHoldsUpNothing(CapturedOutput output) {
        AtomicInteger poisonDeliveries = new AtomicInteger();
        List<EventReference> done = new CopyOnWriteArrayList<>();
        instance("a", Duration.ofMillis(200), 3).consume(GROUP, event -> {
            if (event.conversationId().equals("p0") && event.sequence() == 2) {
                poisonDeliveries.incrementAndGet();
                throw new IllegalStateException("cannot handle this one");
            }
            done.add(event);
        });
        String secret = "我的电话是 13812345678，邮箱 mei@example.com";
        store.append(List.of(opened("p0", "u-p0"), message("p0", 2, secret), message("p0", 3, "還在嗎")));

        await().atMost(Duration.ofSeconds(10)).until(() -> pending(GROUP) == 0 && done.size() == 2);
        assertThat(done).extracting(EventReference::sequence).containsExactly(1L, 3L);
        assertThat(poisonDeliveries).hasValue(3);
        sleep(800);
        assertThat(poisonDeliveries).as("not delivered after it was given up").hasValue(3);
        assertThat(output.getAll()).contains("work group agent-replies gave up on CUSTOMER_MESSAGE #2 of conversation p0")
                .contains("after 3 deliveries").doesNotContain("13812345678", "mei@example.com");
    }

    @Test
    void creatingAGroupIsIdempotentAcrossInstancesAndItStartsWithNewEntries() throws Exception {
        storeConversations("before", 1);
        List<EventReference> handled = new CopyOnWriteArrayList<>();
        List<RedisWorkFeed> instances = List.of(instance("a"), instance("b"), instance("c"), instance("d"));
        ExecutorService starting = Executors.newFixedThreadPool(instances.size());
        try {
            List<Future<WorkFeed.Consumption>> consumptions = new ArrayList<>();
            for (RedisWorkFeed feed : instances) {
                consumptions.add(starting.submit(() -> feed.consume(GROUP, handled::add)));
            }
            for (Future<WorkFeed.Consumption> consumption : consumptions) {
                assertThat(consumption.get()).isNotNull();
            }
        } finally {
            starting.shutdownNow();
        }
        assertThatThrownBy(() -> instances.get(0).consume(GROUP, handled::add)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> instances.get(0).consume("Agent Replies", handled::add))
                .isInstanceOf(IllegalArgumentException.class);
        List<Object> groups = server.redis().call(c -> c.xinfoGroups(OUTBOX));
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).toString()).contains(GROUP);

        storeConversations("after", 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 4);
        sleep(200);
        assertThat(handled).extracting(EventReference::conversationId).containsOnly("after0", "after1").hasSize(4);
    }

    /** Each start of an instance is a new consumer: those of stopped instances go once they hold nothing; one holding an entry stays. */
    @Test
    void consumersLeftByStoppedInstancesAreForgottenOnceTheyHoldNothing() {
        List<EventReference> handled = new CopyOnWriteArrayList<>();
        RedisWorkFeed first = instance("stopped-empty");
        first.consume(GROUP, handled::add);
        storeConversations("f", 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> handled.size() == 2);
        first.close();
        storeConversations("g", 1);
        server.redis().call(c -> c.xreadgroup(Consumer.from(GROUP, "stopped-holding"), XReadArgs.StreamOffset.lastConsumed(OUTBOX)));
        assertThat(consumers()).containsExactlyInAnyOrder("stopped-empty", "stopped-holding");
        sleep(500);

        SharedRedis redis = server.connect();
        opened.add(redis);
        RedisWorkFeed feed = RedisWorkFeed.builder().redis(redis).instance("a").minIdle(Duration.ofSeconds(30))
                .forgetConsumersAfter(Duration.ofMillis(300)).build();
        opened.add(feed);
        feed.consume(GROUP, handled::add);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(consumers()).doesNotContain("stopped-empty"));
        assertThat(consumers()).contains("stopped-holding");
    }

    private List<String> consumers() {
        List<String> names = new ArrayList<>();
        for (Object consumer : server.redis().call(c -> c.xinfoConsumers(OUTBOX, GROUP))) {
            List<?> fields = (List<?>) consumer;
            names.add(String.valueOf(fields.get(fields.indexOf("name") + 1)));
        }
        return names;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "zh-Hans|我的电话是 13812345678，邮箱 mei.wang@example.com，请回电",
        "zh-Hant|我的電話是 13812345678，郵箱 mei.wang@example.com，請回電",
        "en|Call me on 13812345678 or write to mei.wang@example.com please"})
    void theOutboxNamesEventsAndHoldsNoneOfTheirText(String language, String text) {
        store.append(List.of(opened("t-" + language, "u-" + language), message("t-" + language, 2, text),
                new ConversationEvent("t-" + language, 3, message("x", 3, "").at(), EventKind.AGENT_MESSAGE, "agent:li",
                        "已记下 13812345678 / noted mei.wang@example.com", Map.of())));

        List<StreamMessage<String, String>> entries = server.redis().call(c -> c.xrange(OUTBOX, Range.unbounded()));
        assertThat(entries).extracting(StreamMessage::getBody).containsExactly(
                Map.of("conversation", "t-" + language, "sequence", "1", "kind", "OPENED"),
                Map.of("conversation", "t-" + language, "sequence", "2", "kind", "CUSTOMER_MESSAGE"),
                Map.of("conversation", "t-" + language, "sequence", "3", "kind", "AGENT_MESSAGE"));
        assertThat(entries.toString()).doesNotContain("13812345678", "mei.wang@example.com", "example");
        assertThat(store.event("t-" + language, 2)).hasValueSatisfying(e -> assertThat(e.text()).isEqualTo(text));
    }

    @Test
    void theOutboxIsTrimmedToAboutItsLength() {
        RedisConversationStore trimming = new RedisConversationStore(server.redis(), RedisConversationStore.DEFAULT_RETENTION, 50);
        for (int i = 0; i < 100; i++) {
            String id = "trim" + i;
            trimming.append(List.of(opened(id, "u-" + id), message(id, 2, "a"), message(id, 3, "b"), message(id, 4, "c")));
        }
        Long length = server.redis().call(c -> c.xlen(OUTBOX));
        assertThat(length).as("MAXLEN ~ 50 trims whole nodes of up to 100 entries").isBetween(50L, 150L);
        assertThatThrownBy(() -> new RedisConversationStore(server.redis(), RedisConversationStore.DEFAULT_RETENTION, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Redis restarts empty: the consumer says so once, creates its group again and goes on with new entries. */
    @Test
    void aConsumerResumesByItselfAfterRedisRestarts(CapturedOutput output) {
        List<EventReference> handled = new CopyOnWriteArrayList<>();
        instance("a", Duration.ofSeconds(1), 5).consume(GROUP, handled::add);
        storeConversations("r", 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> handled.size() == 2);

        server.kill();
        sleep(1_500);
        server.start();
        AtomicLong next = new AtomicLong();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            try {
                storeConversations("back" + next.incrementAndGet() + "-", 1);
            } catch (StoreException notYet) {
                // the test's own connection may not be back yet
            }
            assertThat(handled).extracting(EventReference::conversationId).anySatisfy(id -> assertThat(id).startsWith("back"));
        });
        String log = output.getAll();
        assertThat(log.split("work group agent-replies cannot read kefu:work", -1)).as("said once").hasSize(2);
        assertThat(log).contains("work group agent-replies reads kefu:work again");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
