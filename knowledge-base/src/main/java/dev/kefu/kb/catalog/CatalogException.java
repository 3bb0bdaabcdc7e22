package dev.kefu.kb.catalog;

/** A catalog operation that was refused; the subclasses say why, so a caller can answer each case. */
public abstract class CatalogException extends RuntimeException {

    protected CatalogException(String message) {
        super(message);
    }

    protected CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
