package dev.kefu.app.admin;

import dev.kefu.kb.catalog.CatalogPage;
import java.util.List;

/** One page of the entry list and the number of entries that matched in all. */
record EntryPage(List<EntryView> entries, int page, int size, int total) {

    static EntryPage of(CatalogPage page) {
        return new EntryPage(page.entries().stream().map(EntryView::of).toList(), page.page(), page.size(), page.total());
    }
}
