package dev.kefu.kb.catalog;

import java.io.IOException;

/** The catalog could not be read or written; nothing changed, in memory or in the live index. */
public final class CatalogStorageException extends CatalogException {

    public CatalogStorageException(String message, IOException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
