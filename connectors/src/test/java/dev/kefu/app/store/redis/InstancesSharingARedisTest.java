package dev.kefu.app.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kefu.core.admission.MessageInProgressException;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.engine.Engine;
import dev.kefu.core.events.ConversationEventBus;
import dev.kefu.core.events.PublishingConversationStore;
import dev.kefu.core.message.InboundMessage;
import dev.kefu.core.message.TurnResult;
import dev.kefu.core.store.ConversationStore;
import dev.kefu.kb.TestKnowledgeBases;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.text.detect.LanguageDetector;
import dev.kefu.text.script.ChineseScript;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two instances of the service on one redis-server, each wired as {@code EngineConfiguration} and
 * {@code RedisStoreConfiguration} wire one: its own connections, store, recent messages, event bus
 * and engine. A customer talks to instance A while an agent works on instance B.
 */
class InstancesSharingARedisTest {

    @RegisterExtension
    static final RedisServer server = RedisServer.withoutPersistence();

    private static final KnowledgeBase KB = KnowledgeBase.builder().entries(TestKnowledgeBases.shop()).build();
    private static final LanguageDetector DETECTOR = LanguageDetector.load(ChineseScript.load());

    /** One instance: what its watchers (a customer's widget, an agent's desk) were told, and its engine. */
    private static final class Instance implements AutoCloseable {
        final SharedRedis redis = server.connect();
        final ConversationEventBus bus = new RedisConversationEventBus(redis);
        final ConversationStore store = new PublishingConversationStore(new RedisConversationStore(redis), bus);
        final Engine engine = Engine.builder().store(store).knowledgeBase(KB).languageDetector(DETECTOR)
                .recentMessages(RedisRecentMessages.builder().redis(redis).build())
                .rateLimiter(sender -> Optional.empty()).build();
        final List<ConversationEvent> watched = new CopyOnWriteArrayList<>();

        Instance() {
            bus.subscribe(watched::add);
        }

        List<ConversationEvent> watchedOf(String conversationId) {
            return watched.stream().filter(e -> e.conversationId().equals(conversationId)).toList();
        }

        @Override
        public void close() {
            bus.close();
            redis.close();
        }
    }

    private Instance a;
    private Instance b;
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @BeforeEach
    void startTwoInstances() {
        a = new Instance();
        b = new Instance();
    }

    @AfterEach
    void stopThem() {
        pool.shutdownNow();
        a.close();
        b.close();
    }

    private static InboundMessage say(String user, String conversationId, String text) {
        return new InboundMessage("web", user, conversationId, text, null, Instant.now());
    }

    @Test
    void aCustomerOnOneInstanceAndAnAgentOnTheOtherHearEachOtherLive() {
        TurnResult handedOff = a.engine.handle(say("u-live", null, "转人工"));
        String id = handedOff.conversationId();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(b.watchedOf(id)).extracting(ConversationEvent::kind).contains(EventKind.CUSTOMER_MESSAGE,
                        EventKind.STATE_CHANGED));

        for (String reply : List.of("您好，我是客服小李", "您好，我是客服小李，請問有什麼可以幫您？", "Hi, I'm Li from support")) {
            long next = b.store.find(id).orElseThrow().lastSequence() + 1;
            b.store.append(List.of(new ConversationEvent(id, next, Instant.now(), EventKind.AGENT_MESSAGE, "agent-li",
                    reply, Map.of())));
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(a.watchedOf(id))
                    .filteredOn(e -> e.kind() == EventKind.AGENT_MESSAGE).extracting(ConversationEvent::text).contains(reply));
            a.engine.handle(say("u-live", id, "好的 ok " + next));
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(b.watchedOf(id))
                    .extracting(ConversationEvent::text).contains("好的 ok " + next));
        }

        List<ConversationEvent> stored = a.store.events(id);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(a.watchedOf(id)).containsExactlyElementsOf(stored);
            assertThat(b.watchedOf(id)).containsExactlyElementsOf(stored);
        });
    }

    /** Messages of one conversation at both instances at once: all stored once, numbered without a gap, each watched once. */
    @Test
    void messagesArrivingAtBothInstancesAtOnceAreEachHandledOnceInOrder() throws Exception {
        String id = a.engine.handle(say("u-race", null, "你好")).conversationId();
        int perInstance = 6;
        atOnce(() -> sayAll(a, id, "甲 運費多少", perInstance), () -> sayAll(b, id, "乙 how much is shipping", perInstance));

        List<ConversationEvent> stored = b.store.events(id);
        assertThat(stored).extracting(ConversationEvent::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, stored.size()).boxed().toList());
        List<String> said = stored.stream().filter(e -> e.kind() == EventKind.CUSTOMER_MESSAGE).map(ConversationEvent::text).toList();
        assertThat(said).hasSize(1 + 2 * perInstance).doesNotHaveDuplicates();
        for (String prefix : List.of("甲 運費多少", "乙 how much is shipping")) {
            assertThat(said.stream().filter(t -> t.startsWith(prefix)))
                    .containsExactlyElementsOf(LongStream.range(0, perInstance).mapToObj(i -> prefix + " " + i).toList());
        }
        for (Instance instance : List.of(a, b)) {
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(instance.watchedOf(id)
                    .stream().sorted(Comparator.comparingLong(ConversationEvent::sequence)).toList())
                    .containsExactlyElementsOf(stored));
        }
    }

    @Test
    void aPlatformMessageRedeliveredToTheOtherInstanceIsHandledOnce() throws Exception {
        InboundMessage delivery = new InboundMessage("telegram", "u-dup", null, "怎麼退貨", "update-42", Instant.now());
        List<TurnResult> results = new ArrayList<>();
        for (Future<TurnResult> f : List.of(pool.submit(() -> a.engine.handle(delivery)), pool.submit(() -> b.engine.handle(delivery)))) {
            try {
                results.add(f.get());
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(MessageInProgressException.class);
            }
        }
        TurnResult first = results.get(0);
        assertThat(results).containsOnly(first);
        assertThat(b.engine.handle(delivery)).isEqualTo(first);
        assertThat(a.engine.handle(delivery)).isEqualTo(first);
        String id = first.conversationId();
        assertThat(a.store.events(id)).filteredOn(e -> e.kind() == EventKind.CUSTOMER_MESSAGE).hasSize(1);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(a.watchedOf(id)).containsExactlyElementsOf(a.store.events(id));
            assertThat(b.watchedOf(id)).containsExactlyElementsOf(a.store.events(id));
        });
    }

    private static Void sayAll(Instance instance, String id, String prefix, int count) {
        for (int i = 0; i < count; i++) {
            instance.engine.handle(say("u-race", id, prefix + " " + i));
        }
        return null;
    }

    @SafeVarargs
    private List<Void> atOnce(Callable<Void>... tasks) throws Exception {
        CyclicBarrier start = new CyclicBarrier(tasks.length);
        List<Future<Void>> futures = new ArrayList<>();
        for (Callable<Void> task : tasks) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        List<Void> done = new ArrayList<>();
        for (Future<Void> f : futures) {
            done.add(f.get());
        }
        return done;
    }
}
