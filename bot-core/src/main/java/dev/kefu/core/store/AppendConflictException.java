package dev.kefu.core.store;

/**
 * An append lost a race: another writer stored events of the conversation first, or opened a
 * conversation for the same user. Nothing of the batch was stored; re-read and build the turn again.
 */
public final class AppendConflictException extends RuntimeException {
    public AppendConflictException(String message) {
        super(message);
    }
}
