package dev.kefu.core.store.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.conversation.EventKind;
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
