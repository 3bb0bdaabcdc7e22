package dev.kefu.kb.catalog;

import java.util.List;

/** The entries of one page, sorted by id, and how many entries matched in all. */
public record CatalogPage(List<CatalogEntry> entries, int page, int size, int total) {

    public CatalogPage {
        entries = List.copyOf(entries);
    }
}
