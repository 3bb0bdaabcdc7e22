package dev.kefu.core.audit;

/**
 * Which entries to list, newest first: of one conversation and/or one actor (null for any), at
 * most {@code limit} (1 to {@link #MAX_LIMIT}).
 */
public record AuditQuery(String conversationId, String actor, int limit) {

    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
    }

    /** Whether an entry is one this query asks for. */
    public boolean matches(AuditEntry entry) {
        return (conversationId == null || conversationId.equals(entry.conversationId()))
                && (actor == null || actor.equals(entry.actor()));
    }
}
