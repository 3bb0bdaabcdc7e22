package dev.kefu.app.web;

import java.io.IOException;

/** A request body over the configured limit; answered 413. */
public final class PayloadTooLargeException extends IOException {
    PayloadTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
    }
}
