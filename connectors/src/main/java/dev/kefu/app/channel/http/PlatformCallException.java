package dev.kefu.app.channel.http;

/**
 * A platform call that failed: for good (the platform refused it, e.g. 400 or 403) or after every
 * attempt. Its message names the operation and the platform's answer, never a token.
 */
public final class PlatformCallException extends RuntimeException {

    private final int status;
    private final boolean permanent;

    /** {@code permanent}: the platform refused the call, and sending it again would not change that. */
    public PlatformCallException(String message, int status, boolean permanent) {
        super(message);
        this.status = status;
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }

    /** The last HTTP status, or 0 when the platform did not answer. */
    public int status() {
        return status;
    }
}
