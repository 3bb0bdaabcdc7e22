package dev.kefu.core.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One access to personal data: at what time which actor (an agent, the admin) did what
 * ({@code action}, e.g. {@code transcript.read}, {@code user.delete}) to which conversation or
 * user, with a short {@code detail}. {@code conversationId}, {@code userId} and {@code detail} may be null.
 */
public record AuditEntry(Instant at, String actor, String action, String conversationId, String userId, String detail) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
    }
}
