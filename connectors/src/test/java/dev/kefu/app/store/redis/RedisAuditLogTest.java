package dev.kefu.app.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.audit.AuditEntry;
import dev.kefu.core.audit.AuditLog;
import dev.kefu.core.audit.AuditLogContract;
import dev.kefu.core.audit.AuditQuery;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The audit-log contract on a real redis-server, and what two instances write to one log. */
class RedisAuditLogTest extends AuditLogContract {

    @RegisterExtension
    static final RedisServer server = RedisServer.withoutPersistence();

    @Override
    protected AuditLog openLog() {
        return RedisAuditLog.builder().redis(server.redis()).build();
    }

    @Test
    void instancesWriteToOneLogAndListingsPageThroughLongStreams() {
        try (SharedRedis otherInstance = server.connect()) {
            AuditLog theirs = RedisAuditLog.builder().redis(otherInstance).build();
            Instant t0 = Instant.parse("2026-03-01T08:00:00Z");
            IntStream.range(0, 450).forEach(i -> (i % 2 == 0 ? log : theirs).append(
                    new AuditEntry(t0.plusSeconds(i), i % 3 == 0 ? "agent-1" : "agent-2", "transcript.read", "c1", null, "#" + i)));
            List<AuditEntry> agent1 = log.list(new AuditQuery("c1", "agent-1", 1000));
            assertThat(agent1).hasSize(150).first().extracting(AuditEntry::detail).isEqualTo("#447");
            assertThat(agent1).last().extracting(AuditEntry::detail).isEqualTo("#0");
            assertThat(theirs.list(new AuditQuery(null, null, 1000))).hasSize(450);
            List<String> keys = server.redis().call(c -> c.keys("*"));
            assertThat(keys).containsExactlyInAnyOrder("kefu:audit", "kefu:audit:conversation:c1", "kefu:audit:actor:agent-1",
                    "kefu:audit:actor:agent-2");
        }
        assertThatThrownBy(() -> RedisAuditLog.builder().redis(server.redis()).maxEntries(0).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
