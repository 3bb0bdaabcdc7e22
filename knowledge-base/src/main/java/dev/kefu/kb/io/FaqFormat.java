package dev.kefu.kb.io;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats a knowledge base can be imported from. */
public enum FaqFormat {
    CSV, JSON;

    public static FaqFormat of(Path file) throws FaqFormatException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        throw new FaqFormatException(0, "unknown knowledge base format of " + file.getFileName() + " (use .csv or .json)");
    }
}
