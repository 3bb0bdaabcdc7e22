package dev.kefu.core.store.journal;

import static dev.kefu.core.store.StoreEvents.message;
import static dev.kefu.core.store.StoreEvents.opened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.store.ConversationStore;
import dev.kefu.core.store.ConversationStoreContract;
import dev.kefu.core.store.StoreEvents;
import dev.kefu.core.store.StoreException;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.conversation.MessageSentiment;
import dev.kefu.sentiment.polarity.Emotion;
import dev.kefu.sentiment.polarity.Sentiment;
import dev.kefu.sentiment.trend.SentimentTrend;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded journal, and what only a file on disk can go through. */
class JournalConversationStoreTest extends ConversationStoreContract {

    @TempDir
    Path dir;

    @Override
    protected ConversationStore openStore() {
        return JournalConversationStore.open(dir);
    }

    @Test
    void dropsALastLineCutShortByACrashAndWritesOnAfterIt() throws Exception {
        store.append(List.of(opened("c1", "u1"), message("c1", 2, "hello")));
        store.close();
        Files.writeString(dir.resolve(JournalConversationStore.FILE), "{\"conversationId\":\"c1\",\"seq",
                StandardOpenOption.APPEND);
        reopen();
        assertThat(store.events("c1")).hasSize(2);
        store.append(List.of(message("c1", 3, "again")));
        reopen();
        assertThat(store.events("c1")).extracting(ConversationEvent::sequence).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aDeletedUsersWordsAreGoneFromTheFileItself() throws Exception {
        store.append(List.of(opened("gone", "web", "u1", StoreEvents.T0), message("gone", 2, "寄到[ADDRESS]，叫我小明")));
        store.append(List.of(opened("kept", "web", "u2", StoreEvents.T0), message("kept", 2, "運費多少")));
        store.deleteUser("web", "u1");
        store.append(List.of(message("kept", 3, "after the compaction")));
        String journal = Files.readString(dir.resolve(JournalConversationStore.FILE));
        assertThat(journal).doesNotContain("小明", "\"gone\"").contains("運費多少", "after the compaction");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(JournalConversationStore.FILE);
        }
    }

    /** A compaction cut short by a crash leaves the journal as it was, and a temporary file that is never read. */
    @Test
    void aCompactionCutShortLeavesTheJournalWhole() throws Exception {
        store.append(List.of(opened("c1", "u1"), message("c1", 2, "我要退货")));
        store.close();
        Files.writeString(dir.resolve("." + JournalConversationStore.FILE + "123.tmp"), "{\"conversationId\":\"c1\",\"seq");
        reopen();
        assertThat(store.events("c1")).extracting(ConversationEvent::text).containsExactly(null, "我要退货");
        assertThat(store.deleteInactiveSince(Instant.MAX)).hasSize(1);
        reopen();
        assertThat(store.find("c1")).isEmpty();
    }

    @Test
    void refusesToOpenACorruptJournal() throws Exception {
        store.close();
        Files.writeString(dir.resolve(JournalConversationStore.FILE), "not json\n");
        assertThatThrownBy(() -> JournalConversationStore.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("corrupt at byte 0");
        Files.delete(dir.resolve(JournalConversationStore.FILE));
        store = openStore();
    }

    /** A journal written before messages recorded their polarity and emotion replays, its trend from the scores. */
    @Test
    void readsAJournalOfMessagesWithAScoreOnly() throws Exception {
        Files.writeString(dir.resolve(JournalConversationStore.FILE), String.join("\n",
                "{\"conversationId\":\"old\",\"sequence\":1,\"at\":\"2026-01-01T00:00:00Z\",\"kind\":\"OPENED\",\"actor\":\"customer\",\"text\":null,\"data\":{\"channel\":\"web\",\"userId\":\"u1\"}}",
                "{\"conversationId\":\"old\",\"sequence\":2,\"at\":\"2026-01-01T00:00:01Z\",\"kind\":\"CUSTOMER_MESSAGE\",\"actor\":\"customer\",\"text\":\"太差了\",\"data\":{\"language\":\"zh-Hans\",\"intent\":\"none\",\"sentiment\":\"-0.800\"}}",
                "{\"conversationId\":\"old\",\"sequence\":3,\"at\":\"2026-01-01T00:00:02Z\",\"kind\":\"CUSTOMER_MESSAGE\",\"actor\":\"customer\",\"text\":\"我要退货\",\"data\":{\"language\":\"zh-Hans\",\"intent\":\"none\",\"sentiment\":\"0.000\"}}",
                ""), StandardCharsets.UTF_8);
        try (JournalConversationStore store = JournalConversationStore.open(dir)) {
            SentimentTrend trend = store.find("old").orElseThrow().sentimentTrend();
            assertThat(trend.messages()).isEqualTo(2);
            assertThat(trend.negativesInLast(2)).isEqualTo(1);
            assertThat(trend.mean()).isCloseTo(0.6 * 0.4 * -0.8, within(1e-9));
            store.append(List.of(new ConversationEvent("old", 4, Instant.parse("2026-01-01T00:00:03Z"), EventKind.CUSTOMER_MESSAGE,
                    "customer", "气死了", MessageSentiment.data(new Sentiment(-0.95, Sentiment.Label.NEGATIVE, Emotion.ANGER)))));
        }
        try (JournalConversationStore store = JournalConversationStore.open(dir)) {
            assertThat(store.find("old").orElseThrow().sentimentTrend().negativesInLast(3)).isEqualTo(2);
            assertThat(MessageSentiment.of(store.events("old").get(3)).orElseThrow().emotion()).isEqualTo(Emotion.ANGER);
        }
    }

    /** A writer process acknowledges turns and is killed with SIGKILL; every acknowledged turn is there after. */
    @Test
    void everyAcknowledgedTurnSurvivesKillMinus9() throws Exception {
        store.close();
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), JournalWriterMain.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        long acknowledged = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    acknowledged = Long.parseLong(line.substring(4));
                    if (acknowledged >= 200) {
                        break;
                    }
                }
            }
            writer.destroyForcibly();
            assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).isGreaterThanOrEqualTo(200);
        store = openStore();
        assertThat(store.find("kill").orElseThrow().lastSequence()).isGreaterThanOrEqualTo(acknowledged);
    }
}
