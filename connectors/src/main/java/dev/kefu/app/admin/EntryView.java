package dev.kefu.app.admin;

import dev.kefu.kb.catalog.CatalogEntry;
import dev.kefu.kb.catalog.EntryStatus;
import java.time.Instant;
import java.util.List;

/** An entry as the admin API shows it; {@code version} is what an update must send back. */
record EntryView(String id, EntryStatus status, long version, Instant updatedAt, String updatedBy,
                 List<String> tags, List<VariantBody> variants) {

    static EntryView of(CatalogEntry entry) {
        return new EntryView(entry.id(), entry.status(), entry.version(), entry.updatedAt(), entry.updatedBy(),
                entry.faq().tags(), entry.faq().variants().stream().map(VariantBody::of).toList());
    }
}
