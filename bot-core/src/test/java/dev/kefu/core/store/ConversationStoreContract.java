package dev.kefu.core.store;

import static dev.kefu.core.store.StoreEvents.T0;
import static dev.kefu.core.store.StoreEvents.message;
import static dev.kefu.core.store.StoreEvents.moved;
import static dev.kefu.core.store.StoreEvents.opened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.conversation.EventKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link ConversationStore} does, proved the same way for each: a test class of an
 * implementation extends this and says how to open its store over the test's data.
 */
public abstract class ConversationStoreContract {

    /** Opens a store over this test's data: empty at the test's start, the same data on every call within it. */
    protected abstract ConversationStore openStore();

    protected ConversationStore store;

    @BeforeEach
    final void openTheStore() {
        store = openStore();
    }

    @AfterEach
    final void closeTheStore() {
        store.close();
    }

    /** Closes the store and opens it again over the same data: nothing may live only in the closed one. */
    protected final void reopen() {
        store.close();
        store = openStore();
    }

    @Test
    void keepsEveryEventInOrderAcrossAReopen() {
        List<ConversationEvent> all = List.of(opened("c1", "u1"), message("c1", 2, "我要退货"),
                message("c1", 3, "運費怎麼算"), message("c1", 4, "how long is shipping?"));
        store.append(all.subList(0, 2));
        store.append(all.subList(2, 4));
        reopen();
        assertThat(store.events("c1")).containsExactlyElementsOf(all);
        Conversation c = store.find("c1").orElseThrow();
        assertThat(c).isEqualTo(Conversation.replay(all));
        assertThat(c.transcript()).extracting(Conversation.TranscriptLine::text)
                .containsExactly("我要退货", "運費怎麼算", "how long is shipping?");
        assertThat(store.findOpen("web", "u1")).contains(c);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "我的快递到哪了？订单号 [ORDER]", "我的快遞到哪了？請幫我查一下", "Where is my parcel? It's been 5 days",
        "退款 refund 還沒到 😡👍🏻", "ｆｕｌｌ－ｗｉｄｔｈ　ＡＢＣ１２３", "e\u0301 cafe\u0301 \u0000 \" \\ \n\t end", "𠀀𪚥 rare Han",
    })
    void keepsTextInEveryScriptExactly(String text) {
        ConversationEvent said = new ConversationEvent("c1", 2, T0, EventKind.CUSTOMER_MESSAGE, "客户 customer", text,
                Map.of("language", "zh-Hant", "备注", text));
        store.append(List.of(opened("c1", "用户-1"), said));
        reopen();
        assertThat(store.events("c1")).last().isEqualTo(said);
        assertThat(store.find("c1").orElseThrow().transcript()).singleElement()
                .extracting(Conversation.TranscriptLine::text).isEqualTo(text);
        assertThat(store.findOpen("web", "用户-1")).isPresent();
    }

    @Test
    void keepsLargeEvents() {
        String text = "大文本 large 𠀀 ".repeat(60_000);
        Map<String, String> data = new HashMap<>();
        IntStream.range(0, 200).forEach(i -> data.put("key-" + i, "值 " + i));
        ConversationEvent large = new ConversationEvent("c1", 2, T0, EventKind.AGENT_MESSAGE, "agent-7", text, data);
        store.append(List.of(opened("c1", "u1"), large));
        reopen();
        assertThat(store.events("c1")).last().isEqualTo(large);
        assertThat(store.find("c1").orElseThrow().transcript().get(0).text()).hasSameSizeAs(text);
    }

    @Test
    void readsOneEventBySequenceAndNothingOfAnotherOrAGoneConversation() {
        List<ConversationEvent> all = List.of(opened("c1", "u1"), message("c1", 2, "我要退货"),
                message("c1", 3, "運費怎麼算"), message("c1", 4, "how long is shipping?"));
        store.append(all);
        assertThat(store.event("c1", 3)).contains(all.get(2));
        assertThat(store.event("c1", 5)).isEmpty();
        assertThat(store.event("c2", 3)).isEmpty();
        store.deleteUser("web", "u1");
        assertThat(store.event("c1", 3)).isEmpty();
    }

    @Test
    void knowsNothingOfAnUnknownConversation() {
        assertThat(store.find("nope")).isEmpty();
        assertThat(store.events("nope")).isEmpty();
        assertThat(store.findOpen("web", "nobody")).isEmpty();
        assertThat(store.inState(ConversationState.BOT)).isEmpty();
        store.append(List.of());
        assertThat(store.find("nope")).isEmpty();
    }

    @Test
    void refusesABatchWithAGapAndStoresNoneOfIt() {
        store.append(List.of(opened("c1", "u1")));
        assertThatThrownBy(() -> store.append(List.of(message("c1", 2, "ok"), message("c1", 4, "gap"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected #3");
        assertThatThrownBy(() -> store.append(List.of(opened("c2", "u2"), message("c1", 3, "ahead"))))
                .isInstanceOf(IllegalArgumentException.class);
        reopen();
        assertThat(store.events("c1")).hasSize(1);
        assertThat(store.find("c2")).isEmpty();
        assertThat(store.findOpen("web", "u2")).isEmpty();
    }

    @Test
    void refusesEventsThatDoNotStartOrContinueAConversation() {
        assertThatThrownBy(() -> store.append(List.of(message("c1", 1, "no OPENED"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.append(List.of(message("c1", 2, "unknown conversation"))))
                .isInstanceOf(IllegalArgumentException.class);
        store.append(List.of(opened("c1", "u1")));
        assertThatThrownBy(() -> store.append(List.of(new ConversationEvent("c1", 2, T0, EventKind.OPENED, "customer",
                null, Map.of("channel", "web", "userId", "u1")))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.events("c1")).hasSize(1);
    }

    @Test
    void anAppendBuiltOnAnOlderStateConflictsAndChangesNothing() {
        store.append(List.of(opened("c1", "u1"), message("c1", 2, "first")));
        assertThatThrownBy(() -> store.append(List.of(message("c1", 2, "second writer"))))
                .isInstanceOf(AppendConflictException.class);
        assertThatThrownBy(() -> store.append(List.of(opened("c1", "u1"))))
                .isInstanceOf(AppendConflictException.class);
        reopen();
        assertThat(store.events("c1")).extracting(ConversationEvent::text).containsExactly(null, "first");
    }

    @Test
    void aBatchOverSeveralConversationsIsStoredAllOrNone() {
        store.append(List.of(opened("c1", "u1"), opened("c2", "u2"), message("c2", 2, "hi")));
        assertThatThrownBy(() -> store.append(List.of(message("c1", 2, "fine"), message("c2", 2, "stale"))))
                .isInstanceOf(AppendConflictException.class);
        reopen();
        assertThat(store.events("c1")).hasSize(1);
        assertThat(store.events("c2")).extracting(ConversationEvent::text).containsExactly(null, "hi");
        assertThat(store.find("c1").orElseThrow().lastSequence()).isEqualTo(1);
    }

    @Test
    void findsEachUsersOpenConversationPerChannel() {
        store.append(List.of(opened("web-u1", "web", "u1", T0), opened("tg-u1", "telegram", "u1", T0),
                opened("web-u2", "web", "u2", T0)));
        assertThat(store.findOpen("web", "u1").map(Conversation::id)).contains("web-u1");
        assertThat(store.findOpen("telegram", "u1").map(Conversation::id)).contains("tg-u1");
        assertThat(store.findOpen("web", "u2").map(Conversation::id)).contains("web-u2");
        assertThat(store.findOpen("telegram", "u2")).isEmpty();
        assertThat(store.findOpen("slack", "u1")).isEmpty();

        assertThatThrownBy(() -> store.append(List.of(opened("web-u1-again", "web", "u1", T0))))
                .isInstanceOf(AppendConflictException.class);
        store.append(List.of(moved("web-u1", 2, ConversationState.BOT, ConversationState.RESOLVED, T0.plusSeconds(9))));
        assertThat(store.findOpen("web", "u1")).isEmpty();
        assertThat(store.findOpen("telegram", "u1").map(Conversation::id)).contains("tg-u1");

        store.append(List.of(opened("web-u1-next", "web", "u1", T0.plusSeconds(10))));
        reopen();
        assertThat(store.findOpen("web", "u1").map(Conversation::id)).contains("web-u1-next");
        assertThat(store.find("web-u1").orElseThrow().state()).isEqualTo(ConversationState.RESOLVED);
    }

    @Test
    void listsConversationsInAStateOldestChangeFirst() {
        store.append(List.of(opened("a", "web", "ua", T0.plusSeconds(1)), opened("b", "web", "ub", T0.plusSeconds(2)),
                opened("c", "web", "uc", T0.plusSeconds(3))));
        store.append(List.of(moved("c", 2, ConversationState.BOT, ConversationState.QUEUED, T0.plusSeconds(10))));
        store.append(List.of(moved("a", 2, ConversationState.BOT, ConversationState.QUEUED, T0.plusSeconds(11))));
        assertThat(store.inState(ConversationState.QUEUED)).extracting(Conversation::id).containsExactly("c", "a");
        assertThat(store.inState(ConversationState.BOT)).extracting(Conversation::id).containsExactly("b");

        store.append(List.of(moved("c", 3, ConversationState.QUEUED, ConversationState.AGENT, T0.plusSeconds(12))));
        store.append(List.of(message("b", 2, "still here")));
        reopen();
        assertThat(store.inState(ConversationState.QUEUED)).extracting(Conversation::id).containsExactly("a");
        assertThat(store.inState(ConversationState.AGENT)).extracting(Conversation::id).containsExactly("c");
        assertThat(store.inState(ConversationState.BOT)).singleElement()
                .satisfies(b -> assertThat(b.lastSequence()).isEqualTo(2));
        assertThat(store.inState(ConversationState.RESOLVED)).isEmpty();
    }

    @Test
    void deletesEverythingOfAUserOnRequestAndNothingOfOthers() {
        store.append(List.of(opened("old", "web", "用戶一", T0), message("old", 2, "我的地址是[ADDRESS]"),
                moved("old", 3, ConversationState.BOT, ConversationState.RESOLVED, T0.plusSeconds(5))));
        store.append(List.of(opened("new", "web", "用戶一", T0.plusSeconds(10)), message("new", 2, "還在嗎？"),
                moved("new", 3, ConversationState.BOT, ConversationState.QUEUED, T0.plusSeconds(11))));
        store.append(List.of(opened("tg", "telegram", "用戶一", T0), message("tg", 2, "where is my parcel")));
        store.append(List.of(opened("other", "web", "u2", T0), message("other", 2, "运费多少")));

        List<Conversation> deleted = store.deleteUser("web", "用戶一");

        assertThat(deleted).extracting(Conversation::id).containsExactlyInAnyOrder("old", "new");
        assertThat(deleted).flatExtracting(Conversation::transcript).extracting(Conversation.TranscriptLine::text)
                .containsExactlyInAnyOrder("我的地址是[ADDRESS]", "還在嗎？");
        reopen();
        for (String id : List.of("old", "new")) {
            assertThat(store.find(id)).isEmpty();
            assertThat(store.events(id)).isEmpty();
        }
        assertThat(store.findOpen("web", "用戶一")).isEmpty();
        assertThat(store.inState(ConversationState.QUEUED)).isEmpty();
        assertThat(store.inState(ConversationState.RESOLVED)).isEmpty();
        assertThat(store.events("tg")).hasSize(2);
        assertThat(store.events("other")).hasSize(2);
        assertThat(store.findOpen("telegram", "用戶一").map(Conversation::id)).contains("tg");
        assertThat(store.deleteUser("web", "用戶一")).isEmpty();
        assertThat(store.deleteUser("web", "nobody")).isEmpty();

        store.append(List.of(opened("again", "web", "用戶一", T0.plusSeconds(20)), message("again", 2, "hello again")));
        assertThat(store.findOpen("web", "用戶一").map(Conversation::id)).contains("again");
    }

    @Test
    void deletesConversationsWhoseLastEventIsOlderThanTheCutoff() {
        store.append(List.of(opened("quiet", "web", "u1", T0), message("quiet", 2, "我要退货")));
        store.append(List.of(opened("resolved", "web", "u2", T0),
                moved("resolved", 2, ConversationState.BOT, ConversationState.RESOLVED, T0.plusSeconds(30))));
        store.append(List.of(opened("active", "web", "u3", T0), message("active", 2, "退貨要多久？")));
        store.append(List.of(new ConversationEvent("active", 3, T0.plusSeconds(100), EventKind.CUSTOMER_MESSAGE, "customer",
                "how long does a refund take?", Map.of("language", "en"))));

        List<Conversation> expired = store.deleteInactiveSince(T0.plusSeconds(3));

        assertThat(expired).extracting(Conversation::id).containsExactly("quiet");
        assertThat(store.deleteInactiveSince(T0.plusSeconds(31))).extracting(Conversation::id).containsExactly("resolved");
        reopen();
        assertThat(store.find("quiet")).isEmpty();
        assertThat(store.events("quiet")).isEmpty();
        assertThat(store.findOpen("web", "u1")).isEmpty();
        assertThat(store.find("resolved")).isEmpty();
        assertThat(store.inState(ConversationState.BOT)).extracting(Conversation::id).containsExactly("active");
        assertThat(store.events("active")).extracting(ConversationEvent::text)
                .containsExactly(null, "退貨要多久？", "how long does a refund take?");
        store.append(List.of(message("active", 4, "还在吗")));
        store.append(List.of(opened("quiet-next", "web", "u1", T0.plusSeconds(40))));
        reopen();
        assertThat(store.events("active")).hasSize(4);
        assertThat(store.findOpen("web", "u1").map(Conversation::id)).contains("quiet-next");
        assertThat(store.deleteInactiveSince(T0)).isEmpty();
    }

    /** Writers that re-read and retry on conflict: every message is stored once, each writer's in its order. */
    @Test
    void concurrentAppendsToOneConversationLoseAndRepeatNothing() throws Exception {
        int writers = 4, perWriter = 25;
        store.append(List.of(opened("busy", "u1")));
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> IntStream.range(0, perWriter)
                        .forEach(i -> appendRetrying("busy", "w" + writer + "-" + i))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<ConversationEvent> events = store.events("busy");
        assertThat(events).extracting(ConversationEvent::sequence)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 1 + writers * perWriter).asLongStream().boxed().toList());
        List<String> texts = events.stream().skip(1).map(ConversationEvent::text).toList();
        assertThat(texts).doesNotHaveDuplicates().hasSize(writers * perWriter);
        for (int w = 0; w < writers; w++) {
            String prefix = "w" + w + "-";
            assertThat(texts.stream().filter(t -> t.startsWith(prefix)))
                    .containsExactlyElementsOf(IntStream.range(0, perWriter).mapToObj(i -> prefix + i).toList());
        }
        assertThat(store.find("busy").orElseThrow().lastSequence()).isEqualTo(1 + writers * perWriter);
    }

    /** A rating comes after the end: it is stored on a resolved conversation, which stays resolved and does not reopen. */
    @Test
    void aRatingOfAResolvedConversationIsKeptAndDoesNotReopenIt() {
        store.append(List.of(opened("rated", "u9"), message("rated", 2, "谢谢")));
        store.append(List.of(moved("rated", 3, ConversationState.BOT, ConversationState.RESOLVED, T0.plusSeconds(3))));
        ConversationEvent rating = new ConversationEvent("rated", 4, T0.plusSeconds(4), EventKind.CSAT, "customer",
                "很好 <b>good</b>", Map.of("score", "5"));

        store.append(List.of(rating));
        reopen();

        assertThat(store.events("rated")).last().isEqualTo(rating);
        assertThat(store.find("rated").orElseThrow().state()).isEqualTo(ConversationState.RESOLVED);
        assertThat(store.find("rated").orElseThrow().lastSequence()).isEqualTo(4);
        assertThat(store.findOpen("web", "u9")).isEmpty();
    }

    private void appendRetrying(String id, String text) {
        while (true) {
            long next = store.find(id).orElseThrow().lastSequence() + 1;
            try {
                store.append(List.of(message(id, next, text)));
                return;
            } catch (AppendConflictException lostTheRace) {
                // another writer took this number: read again
            }
        }
    }
}
