package dev.kefu.kb.io;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats a knowledge base can be imported from and exported to. */
public enum FaqFormat {
    CSV, JSON, MARKDOWN;

    public static FaqFormat of(Path file) throws FaqFormatException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MARKDOWN;
        }
        throw new FaqFormatException(0, "unknown knowledge base format of " + file.getFileName()
                + " (use .csv, .json, .md or .markdown)");
    }
}
