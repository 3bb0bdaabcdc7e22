package dev.kefu.core.csat;

/** A rating that was not recorded, with the reason a caller can act on; nothing was stored. */
public final class CsatRejectedException extends RuntimeException {

    /** Why a rating was refused. */
    public enum Reason {
        /** The score is not 1–5. */
        INVALID_SCORE,
        /** The comment is too long. */
        COMMENT_TOO_LONG,
        /** No such conversation. */
        UNKNOWN_CONVERSATION,
        /** The conversation is not resolved yet: a rating comes at the end. */
        NOT_RESOLVED,
        /** The conversation has been rated already: one rating per conversation. */
        ALREADY_RATED
    }

    private final Reason reason;

    public CsatRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
