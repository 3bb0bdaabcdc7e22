package dev.kefu.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.admission.InMemoryRecentMessages;
import dev.kefu.core.admission.TokenBucketRateLimiter;
import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.engine.Engine;
import dev.kefu.core.message.InboundMessage;
import dev.kefu.core.message.TurnResult;
import dev.kefu.core.store.journal.JournalConversationStore;
import dev.kefu.kb.TestKnowledgeBases;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.text.detect.LanguageDetector;
import dev.kefu.text.script.ChineseScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forgetting a user, and the retention sweep, on the journal with the engine's own in-memory records. */
class UserDataEraserTest {

    private static final KnowledgeBase KB = KnowledgeBase.builder().entries(TestKnowledgeBases.shop()).build();
    private static final LanguageDetector DETECTOR = LanguageDetector.load(ChineseScript.load());

    @TempDir
    Path dir;

    private JournalConversationStore store;
    private final TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(100, 100, Clock.systemUTC());
    private final InMemoryRecentMessages recent = new InMemoryRecentMessages(100);

    private Engine engine() {
        store = JournalConversationStore.open(dir);
        return Engine.builder().store(store).knowledgeBase(KB).languageDetector(DETECTOR).rateLimiter(limiter)
                .recentMessages(recent).build();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static InboundMessage say(String channel, String user, String text, String platformId) {
        return new InboundMessage(channel, user, null, text, platformId, Instant.now());
    }

    @Test
    void forgetsTheUsersConversationsEventsAndRecordsAndNobodyElses() throws Exception {
        Engine engine = engine();
        engine.handle(say("telegram", "u1", "我的手机13812345678，怎么退货？", "m1"));
        engine.handle(say("telegram", "u1", "請寄到台北市信義區忠孝東路四段216巷27弄5號", "m2"));
        engine.handle(say("telegram", "u1", "Mittens asks how long does shipping take?", "m3"));
        TurnResult others = engine.handle(say("telegram", "u2", "运费多少钱", "m4"));
        TurnResult otherChannel = engine.handle(say("web", "u1", "hello", null));

        UserDataEraser eraser = new UserDataEraser(store, List.of(limiter, recent));
        UserDataEraser.Erasure erasure = eraser.erase("telegram", "u1");

        assertThat(erasure.conversations()).hasSize(1);
        assertThat(erasure.events()).isGreaterThanOrEqualTo(7);
        assertThat(erasure.records()).isEqualTo(Map.of("rateLimits", 1, "deliveries", 3));
        String id = erasure.conversations().get(0);
        assertThat(store.find(id)).isEmpty();
        assertThat(store.findOpen("telegram", "u1")).isEmpty();
        assertThat(Files.readString(dir.resolve("events.jsonl"))).doesNotContain(id, "怎么退货", "[ADDRESS]", "Mittens");
        assertThat(store.find(others.conversationId())).isPresent();
        assertThat(store.find(otherChannel.conversationId())).isPresent();
        assertThat(engine.handle(say("telegram", "u2", "运费多少钱", "m4"))).as("u2's delivery is remembered").isEqualTo(others);

        TurnResult afresh = engine.handle(say("telegram", "u1", "我的手机13812345678，怎么退货？", "m1"));
        assertThat(afresh.conversationId()).as("m1 is handled anew, in a new conversation").isNotEqualTo(id);
        assertThat(eraser.erase("telegram", "nobody")).isEqualTo(new UserDataEraser.Erasure("telegram", "nobody", List.of(), 0,
                Map.of("rateLimits", 0, "deliveries", 0)));
    }

    @Test
    void theSweepDeletesConversationsPastRetention() {
        Engine engine = engine();
        String old = engine.handle(say("web", "u-old", "我要退貨", null)).conversationId();
        Clock later = Clock.fixed(Instant.now().plus(Duration.ofDays(91)), ZoneOffset.UTC);
        String recent = Engine.builder().store(store).knowledgeBase(KB).languageDetector(DETECTOR).clock(later).build()
                .handle(say("web", "u-new", "where is my parcel?", null)).conversationId();

        RetentionSweeper sweeper = new RetentionSweeper(store, Duration.ofDays(90), later);

        assertThat(sweeper.sweep()).extracting(Conversation::id).containsExactly(old);
        assertThat(store.find(old)).isEmpty();
        assertThat(store.find(recent)).isPresent();
        assertThat(sweeper.sweep()).isEmpty();
    }
}
