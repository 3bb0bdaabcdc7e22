package dev.kefu.kb.catalog;

/** No entry has the id. */
public final class EntryNotFoundException extends CatalogException {

    public EntryNotFoundException(String id) {
        super("no entry '" + id + "'");
    }
}
