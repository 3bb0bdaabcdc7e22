package dev.kefu.sentiment.moderation;

/** How bad a message is, in increasing order; {@link #MEDIUM} and up is flagged. */
public enum Severity {
    NONE, LOW, MEDIUM, HIGH;

    /** Whether this is {@code other} or worse. */
    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
