package dev.kefu.kb.catalog;

import dev.kefu.kb.FaqEntry;
import java.time.Instant;
import java.util.Objects;

/**
 * An FAQ entry as the catalog keeps it: its status, its version (1 when created, one more on every
 * change, never reused for the same id) and who changed it last, when.
 */
public record CatalogEntry(FaqEntry faq, EntryStatus status, long version, Instant updatedAt, String updatedBy) {

    public CatalogEntry {
        Objects.requireNonNull(faq, "faq");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(updatedBy, "updatedBy");
    }

    public String id() {
        return faq.id();
    }

    public boolean published() {
        return status == EntryStatus.PUBLISHED;
    }
}
