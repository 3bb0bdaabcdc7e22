package dev.kefu.kb.catalog;

/** The entry changed since the caller read it: reload it and apply the change again. */
public final class VersionConflictException extends CatalogException {

    private final long expected;
    private final long actual;

    public VersionConflictException(String id, long expected, long actual) {
        super("entry '" + id + "' is at version " + actual + ", not " + expected + "; reload it and try again");
        this.expected = expected;
        this.actual = actual;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
