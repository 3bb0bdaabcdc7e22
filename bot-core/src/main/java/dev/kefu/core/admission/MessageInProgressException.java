package dev.kefu.core.admission;

/** Another delivery of the same platform message is being handled; send it again later for its result. */
public final class MessageInProgressException extends RuntimeException {
    public MessageInProgressException(String key) {
        super("message " + key + " is being handled");
    }
}
