package dev.kefu.core.privacy;

/**
 * Records, beside the conversations, that may hold something of a user (rate-limit counters,
 * redelivered messages' results, logged questions) and can forget it when the user asks to be
 * forgotten. Each store of such records implements this; the {@link UserDataEraser} calls them all.
 */
public interface PersonalRecords {

    /** What these records are, as the answer to a deletion names them, e.g. {@code rateLimits}. */
    String kind();

    /** Deletes what these records hold of the subject; returns how many records went. */
    int forget(DataSubject subject);
}
