package dev.kefu.app.channel;

/** A delivery whose signature or secret is wrong or stale: answered 401 and not processed. */
public final class ForgedDeliveryException extends RuntimeException {

    public ForgedDeliveryException(String message) {
        super(message);
    }
}
