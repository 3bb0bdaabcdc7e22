package dev.kefu.core.store.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationEvent;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalConversationStoreTest {

    @TempDir
    Path dir;

    static ConversationEvent opened(String id, String user) {
        return new ConversationEvent(id, 1, Instant.parse("2026-01-01T00:00:00Z"), EventKind.OPENED, "customer", null,
                Map.of("channel", "web", "userId", user));
    }

    static ConversationEvent message(String id, long seq, String text) {
        return new ConversationEvent(id, seq, Instant.parse("2026-01-01T00:00:01Z"), EventKind.CUSTOMER_MESSAGE,
                "customer", text, Map.of("language", "zh-Hans"));
    }

    @Test
    void keepsEventsAcrossARestartInOrder() {
        try (JournalConversationStore store = JournalConversationStore.open(dir)) {
            store.append(List.of(opened("c1", "u1"), message("c1", 2, "我要退货")));
            store.append(List.of(message("c1", 3, "運費怎麼算"), message("c1", 4, "how long is shipping")));
        }
        try (JournalConversationStore store = JournalConversationStore.open(dir)) {
            Conversation c = store.find("c1").orElseThrow();
            assertThat(c.transcript()).extracting(Conversation.TranscriptLine::text)
                    .containsExactly("我要退货", "運費怎麼算", "how long is shipping");
            assertThat(c.lastSequence()).isEqualTo(4);
            assertThat(store.findOpen("web", "u1")).contains(c);
            assertThat(store.events("c1")).hasSize(4);
        }
    }

    @Test
    void dropsALastLineCutShortByACrashAndWritesOnAfterIt() throws Exception {
        try (JournalConversationStore store = JournalConversationStore.open(dir)) {
            store.append(List.of(opened("c1", "u1"), message("c1", 2, "hello")));
        }
        Files.writeString(dir.resolve(JournalConversationStore.FILE), "{\"conversationId\":\"c1\",\"seq",
                StandardOpenOption.APPEND);
        try (JournalConversationStore store = JournalConversationStore.open(dir)) {
            assertThat(store.events("c1")).hasSize(2);
            store.append(List.of(message("c1", 3, "again")));
        }
        try (JournalConversationStore store = JournalConversationStore.open(dir)) {
            assertThat(store.events("c1")).extracting(ConversationEvent::sequence).containsExactly(1L, 2L, 3L);
        }
    }

    @Test
    void refusesEventsOutOfOrderAndStoresNoneOfTheBatch() {
        try (JournalConversationStore store = JournalConversationStore.open(dir)) {
            store.append(List.of(opened("c1", "u1")));
            assertThatThrownBy(() -> store.append(List.of(message("c1", 2, "ok"), message("c1", 4, "gap"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected #3");
            assertThatThrownBy(() -> store.append(List.of(message("c2", 1, "no OPENED"))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(store.events("c1")).hasSize(1);
        }
    }

    @Test
    void listsConversationsByState() {
        try (JournalConversationStore store = JournalConversationStore.open(dir)) {
            store.append(List.of(opened("c1", "u1"), opened("c2", "u2")));
            store.append(List.of(new ConversationEvent("c2", 2, Instant.parse("2026-01-01T00:01:00Z"),
                    EventKind.STATE_CHANGED, "bot", null, Map.of("from", "BOT", "to", "QUEUED", "reason", "USER_REQUEST"))));
            assertThat(store.inState(ConversationState.QUEUED)).extracting(Conversation::id).containsExactly("c2");
            assertThat(store.inState(ConversationState.BOT)).extracting(Conversation::id).containsExactly("c1");
        }
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
        try (JournalConversationStore store = JournalConversationStore.open(dir)) {
            assertThat(store.find("kill").orElseThrow().lastSequence()).isGreaterThanOrEqualTo(acknowledged);
        }
    }
}
