package dev.kefu.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} does; a test class of an implementation says how to open it over the test's data. */
public abstract class AuditLogContract {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00.123Z");

    /** Opens the log over this test's data: empty at the test's start, the same data on every call within it. */
    protected abstract AuditLog openLog();

    protected AuditLog log;

    @BeforeEach
    final void openTheLog() {
        log = openLog();
    }

    @AfterEach
    final void closeTheLog() {
        log.close();
    }

    private static AuditEntry read(int second, String actor, String conversation, String detail) {
        return new AuditEntry(T0.plusSeconds(second), actor, "transcript.read", conversation, "web:u-" + conversation, detail);
    }

    @Test
    void listsWhoReadWhatNewestFirstAcrossAReopen() {
        List<AuditEntry> entries = List.of(read(1, "agent-李", "c1", "读了对话记录"), read(2, "agent-陳", "c1", "讀了對話紀錄"),
                read(3, "agent-李", "c2", "read the transcript"),
                new AuditEntry(T0.plusSeconds(4), "admin", "user.delete", null, "web:u9", "2 conversations, 14 events"));
        entries.forEach(log::append);
        log.close();
        log = openLog();

        assertThat(log.list(new AuditQuery(null, null, 10))).containsExactly(entries.get(3), entries.get(2), entries.get(1), entries.get(0));
        assertThat(log.list(new AuditQuery("c1", null, 10))).containsExactly(entries.get(1), entries.get(0));
        assertThat(log.list(new AuditQuery(null, "agent-李", 10))).containsExactly(entries.get(2), entries.get(0));
        assertThat(log.list(new AuditQuery("c1", "agent-陳", 10))).containsExactly(entries.get(1));
        assertThat(log.list(new AuditQuery("c3", null, 10))).isEmpty();
        assertThat(log.list(new AuditQuery(null, "nobody", 10))).isEmpty();
    }

    @Test
    void listsAtMostTheLimitOfTheNewest() {
        IntStream.range(0, 30).forEach(i -> log.append(read(i, i % 2 == 0 ? "even" : "odd", "c" + (i % 3), "#" + i)));
        assertThat(log.list(new AuditQuery(null, null, 5))).extracting(AuditEntry::detail)
                .containsExactly("#29", "#28", "#27", "#26", "#25");
        assertThat(log.list(new AuditQuery("c0", "odd", 3))).extracting(AuditEntry::detail).containsExactly("#27", "#21", "#15");
        assertThat(log.list(new AuditQuery(null, null, AuditQuery.MAX_LIMIT))).hasSize(30);
    }

    @Test
    void keepsNullsAndEveryScriptExactly() {
        AuditEntry odd = new AuditEntry(T0, "管理員 admin", "unanswered.list", null, null, null);
        AuditEntry text = new AuditEntry(T0.plusNanos(1), "agent \"7\"", "transcript.read", "c-𠀀", "telegram:用户\n1", "😡 \\ end");
        log.append(odd);
        log.append(text);
        log.close();
        log = openLog();
        assertThat(log.list(new AuditQuery(null, null, 10))).containsExactly(text, odd);
        assertThat(log.list(new AuditQuery("c-𠀀", "agent \"7\"", 1))).containsExactly(text);
    }

    @Test
    void refusesAnUnboundedOrEmptyListing() {
        assertThatThrownBy(() -> new AuditQuery(null, null, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditQuery(null, null, AuditQuery.MAX_LIMIT + 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
