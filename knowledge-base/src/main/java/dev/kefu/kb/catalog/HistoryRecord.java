package dev.kefu.kb.catalog;

import java.time.Instant;

/** One change of an entry: the version it made, who made it, when, and the entry as it was after it (before it, for a delete). */
public record HistoryRecord(String entryId, long version, HistoryAction action, String who, Instant at, CatalogEntry entry) {
}
