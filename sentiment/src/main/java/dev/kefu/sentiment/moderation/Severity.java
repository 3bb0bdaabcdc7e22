package dev.kefu.sentiment.moderation;

/** How bad a message is, in increasing order; {@link #MEDIUM} and up is flagged. */
public enum Severity {
    NONE, LOW, MEDIUM, HIGH;

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /** The severity a spam score reaches: 1 point is low, 2–3 medium, 4 and more high. */
    static Severity ofSpamPoints(int points) {
        return points <= 0 ? NONE : points == 1 ? LOW : points <= 3 ? MEDIUM : HIGH;
    }
}
