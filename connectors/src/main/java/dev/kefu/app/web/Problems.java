package dev.kefu.app.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** The RFC 9457 problem answers that the APIs' exception handlers share. */
public final class Problems {

    private Problems() {
    }

    public static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    /**
     * A body that could not be read: 413 when the size limit stopped it (the JSON reader wraps the
     * limit's exception), else 400 with {@code detail}.
     */
    public static ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, String detail) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return problem(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
            }
        }
        return problem(HttpStatus.BAD_REQUEST, detail);
    }
}
