package dev.kefu.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileAuditLogTest extends AuditLogContract {

    @TempDir
    Path dir;

    @Override
    protected AuditLog openLog() {
        return FileAuditLog.open(dir.resolve("audit"));
    }

    @Test
    void skipsALastLineCutShortByACrashAndAppendsAfterIt() throws Exception {
        AuditEntry first = new AuditEntry(Instant.parse("2026-03-01T08:00:00Z"), "admin", "unanswered.list", null, null, "limit=50");
        log.append(first);
        log.close();
        Files.writeString(dir.resolve("audit").resolve(FileAuditLog.FILE), "{\"at\":\"2026-03-01T08:0", StandardOpenOption.APPEND);
        log = openLog();
        assertThat(log.list(new AuditQuery(null, null, 10))).containsExactly(first);
        AuditEntry second = new AuditEntry(Instant.parse("2026-03-01T09:00:00Z"), "admin", "audit.list", null, null, null);
        log.append(second);
        log.close();
        log = openLog();
        assertThat(log.list(new AuditQuery(null, null, 10))).containsExactly(second, first);
    }
}
