package dev.kefu.kb.io;

import java.util.Arrays;
import java.util.List;

/** The {@code a | b | c} notation CSV cells and Markdown metadata use for alternates and tags. */
final class PipeSeparatedList {

    private static final String SEPARATOR = " | ";

    private PipeSeparatedList() {
    }

    static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Refuses an item holding {@code |}: it would come back as two items (JSON has no such limit). */
    static String join(List<String> items, String entryId) {
        for (String item : items) {
            if (item.contains("|")) {
                throw new IllegalArgumentException("entry '" + entryId + "': '" + item
                        + "' contains '|', which separates list items in CSV and Markdown; export it as JSON");
            }
        }
        return String.join(SEPARATOR, items);
    }
}
