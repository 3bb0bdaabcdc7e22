package dev.kefu.core.audit;

import java.util.List;

/**
 * Who read or changed what of the customers' data, for the business to answer "which agent read
 * this conversation?": an append-only log, never edited. {@link #append} returns once the entry
 * is durable. Implementations are thread-safe; {@code AuditLogContract} in this module's test-jar
 * is what each proves.
 */
public interface AuditLog extends AutoCloseable {

    void append(AuditEntry entry);

    /** The entries the query asks for, newest first. */
    List<AuditEntry> list(AuditQuery query);

    @Override
    void close();
}
