package dev.kefu.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.admission.MessageInProgressException;
import dev.kefu.core.admission.RecentMessages;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.conversation.HandoffReason;
import dev.kefu.core.message.InboundMessage;
import dev.kefu.core.message.Reply;
import dev.kefu.core.message.ReplyType;
import dev.kefu.core.message.TurnResult;
import dev.kefu.core.store.ConversationStore;
import dev.kefu.kb.TestKnowledgeBases;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.text.detect.LanguageDetector;
import dev.kefu.text.script.ChineseScript;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the service on one shared store: messages of one conversation that reach both
 * at once are handled in order and once. A test class of a store says what each instance holds.
 */
public abstract class EnginesSharingAStoreContract {

    private static final KnowledgeBase KB = KnowledgeBase.builder().entries(TestKnowledgeBases.shop()).build();
    private static final LanguageDetector DETECTOR = LanguageDetector.load(ChineseScript.load());

    /** Instance {@code number} (1 or 2)'s store over the shared data, as that instance would open it; the same object on every call. */
    protected abstract ConversationStore storeOfInstance(int number);

    /** Instance {@code number}'s record of redelivered platform messages; the same object on every call. */
    protected abstract RecentMessages recentMessagesOfInstance(int number);

    private Engine first;
    private Engine second;
    private ConversationStore store;
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @BeforeEach
    final void startTwoInstances() {
        first = engine(1);
        second = engine(2);
        store = storeOfInstance(1);
    }

    @AfterEach
    final void stopThreads() {
        pool.shutdownNow();
    }

    private Engine engine(int number) {
        return Engine.builder().store(storeOfInstance(number)).recentMessages(recentMessagesOfInstance(number))
                .knowledgeBase(KB).languageDetector(DETECTOR).rateLimiter(sender -> Optional.empty()).build();
    }

    private static InboundMessage message(String user, String conversationId, String text) {
        return new InboundMessage("web", user, conversationId, text, null, Instant.now());
    }

    /** Two misses at once: the later one sees the earlier one's miss and hands off, so each turn read the other's. */
    @Test
    void twoMissesAtOnceAreOneFallbackThenAHandoff() throws Exception {
        for (int round = 0; round < 5; round++) {
            String user = "round-" + round;
            String id = first.handle(message(user, null, "你好")).conversationId();
            List<TurnResult> results = atOnce(
                    () -> first.handle(message(user, id, "你们卖二手相机吗")),
                    () -> second.handle(message(user, id, "可以用比特币付款吗")));
            assertThat(results).extracting(TurnResult::conversationId).containsOnly(id);
            assertThat(results).filteredOn(r -> r.state() == ConversationState.BOT).singleElement()
                    .satisfies(r -> assertThat(r.replies()).extracting(Reply::type).containsExactly(ReplyType.FALLBACK));
            assertThat(results).filteredOn(r -> r.state() == ConversationState.QUEUED).singleElement()
                    .satisfies(r -> assertThat(r.analysis().handoffReason()).isEqualTo(HandoffReason.REPEATED_FALLBACK));
            List<ConversationEvent> events = store.events(id);
            assertInOrderAndOnce(events);
            assertThat(customerTexts(events)).hasSize(3).containsOnlyOnce("你们卖二手相机吗", "可以用比特币付款吗");
        }
    }

    @Test
    void aConversationFloodedAtBothInstancesLosesAndRepeatsNothing() throws Exception {
        int perInstance = 8;
        String id = first.handle(message("flood", null, "hello")).conversationId();
        atOnce(() -> sayAll(first, id, "a", perInstance), () -> sayAll(second, id, "b", perInstance));
        List<ConversationEvent> events = store.events(id);
        assertInOrderAndOnce(events);
        List<String> texts = customerTexts(events);
        assertThat(texts).hasSize(1 + 2 * perInstance).doesNotHaveDuplicates();
        for (String instance : List.of("a", "b")) {
            assertThat(texts.stream().filter(t -> t.startsWith(instance + " ")))
                    .containsExactlyElementsOf(IntStream.range(0, perInstance).mapToObj(i -> text(instance, i)).toList());
        }
    }

    @Test
    void aPlatformMessageDeliveredToBothInstancesIsHandledOnce() throws Exception {
        InboundMessage delivery = new InboundMessage("telegram", "u-dup", null, "怎么退货", "update-7", Instant.now());
        List<Object> outcomes = new ArrayList<>();
        for (Future<TurnResult> f : List.of(pool.submit(() -> first.handle(delivery)), pool.submit(() -> second.handle(delivery)))) {
            try {
                outcomes.add(f.get());
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(MessageInProgressException.class);
                outcomes.add(e.getCause());
            }
        }
        TurnResult handled = outcomes.stream().filter(TurnResult.class::isInstance).map(TurnResult.class::cast)
                .findFirst().orElseThrow();
        assertThat(outcomes).allMatch(o -> o.equals(handled) || o instanceof MessageInProgressException);
        assertThat(second.handle(delivery)).isEqualTo(handled);
        assertThat(first.handle(delivery)).isEqualTo(handled);
        assertThat(customerTexts(store.events(handled.conversationId()))).containsExactly("怎么退货");
    }

    private static String text(String instance, int i) {
        return instance + " " + i + " 运费多少钱";
    }

    private static Void sayAll(Engine engine, String id, String instance, int count) {
        for (int i = 0; i < count; i++) {
            engine.handle(message("flood", id, text(instance, i)));
        }
        return null;
    }

    @SafeVarargs
    private <T> List<T> atOnce(Callable<T>... tasks) throws Exception {
        CyclicBarrier start = new CyclicBarrier(tasks.length);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get());
        }
        return results;
    }

    /** Numbered 1, 2, 3… with no gap, and every customer message followed by its own turn's events. */
    private static void assertInOrderAndOnce(List<ConversationEvent> events) {
        assertThat(events).extracting(ConversationEvent::sequence)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, events.size()).asLongStream().boxed().toList());
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).kind() == EventKind.CUSTOMER_MESSAGE && i + 1 < events.size()) {
                assertThat(events.get(i + 1).kind()).as("event after #%d", i + 1).isNotEqualTo(EventKind.CUSTOMER_MESSAGE);
            }
        }
    }

    private static List<String> customerTexts(List<ConversationEvent> events) {
        return events.stream().filter(e -> e.kind() == EventKind.CUSTOMER_MESSAGE).map(ConversationEvent::text).toList();
    }
}
