package dev.kefu.core.csat;

/**
 * A customer's satisfaction rating of a resolved conversation: a score from 1 (poor) to 5 (great)
 * and an optional comment of at most {@value #MAX_COMMENT_LENGTH} characters. A blank comment is none.
 */
public record CsatRating(int score, String comment) {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;
    public static final int MAX_COMMENT_LENGTH = 500;

    public CsatRating {
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new CsatRejectedException(CsatRejectedException.Reason.INVALID_SCORE,
                    "score must be from " + MIN_SCORE + " to " + MAX_SCORE + ", not " + score);
        }
        comment = comment == null ? "" : comment.strip();
        if (comment.codePointCount(0, comment.length()) > MAX_COMMENT_LENGTH) {
            throw new CsatRejectedException(CsatRejectedException.Reason.COMMENT_TOO_LONG,
                    "comment must be at most " + MAX_COMMENT_LENGTH + " characters");
        }
    }
}
