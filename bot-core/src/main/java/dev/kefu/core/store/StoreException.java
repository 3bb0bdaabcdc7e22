package dev.kefu.core.store;

/** A store could not read or write; the turn was not stored and the caller may retry. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
