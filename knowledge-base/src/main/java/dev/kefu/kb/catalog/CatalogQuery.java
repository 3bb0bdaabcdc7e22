package dev.kefu.kb.catalog;

import dev.kefu.text.Language;

/**
 * A page of the catalog: {@code text} matches id, questions, alternates and answers (case and
 * Chinese script ignored); {@code tag}, {@code language} and {@code status} narrow it; null means
 * any. Pages count from 0.
 */
public record CatalogQuery(String text, String tag, Language language, EntryStatus status, int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;

    public CatalogQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
    }

    public static CatalogQuery all() {
        return new CatalogQuery(null, null, null, null, 0, MAX_PAGE_SIZE);
    }
}
