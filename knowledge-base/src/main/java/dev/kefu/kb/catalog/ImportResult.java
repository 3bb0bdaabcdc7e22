package dev.kefu.kb.catalog;

/** What an import changed: entries new to the catalog, changed, left as they were, and published entries the file no longer has. */
public record ImportResult(int created, int updated, int unchanged, int removed) {
}
