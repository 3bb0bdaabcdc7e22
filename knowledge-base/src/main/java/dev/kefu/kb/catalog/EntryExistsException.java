package dev.kefu.kb.catalog;

/** An entry with the id exists already. */
public final class EntryExistsException extends CatalogException {

    public EntryExistsException(String id) {
        super("an entry '" + id + "' exists already");
    }
}
