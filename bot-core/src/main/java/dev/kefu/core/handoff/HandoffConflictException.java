package dev.kefu.core.handoff;

/**
 * An agent's action that the conversation's current situation does not allow, e.g. replying to a
 * conversation another agent has, claiming beyond one's capacity, transferring to a full colleague.
 */
public final class HandoffConflictException extends RuntimeException {
    public HandoffConflictException(String message) {
        super(message);
    }
}
