package dev.kefu.core.handoff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where callback requests wait for an agent, one per conversation (a newer one replaces it).
 * Requests past their expiry are never returned, and {@link #deleteExpired} removes them.
 */
public interface CallbackStore {

    void save(CallbackRequest request);

    /** The conversation's request unless it has expired by {@code now}. */
    Optional<CallbackRequest> find(String conversationId, Instant now);

    /** Every request not expired by {@code now}, oldest first. */
    List<CallbackRequest> pending(Instant now);

    void delete(String conversationId);

    /** Removes what has expired by {@code now}; returns how many. */
    int deleteExpired(Instant now);
}
