package dev.kefu.kb.catalog;

import java.util.List;

/** An entry that breaks the {@link EntryRules}; every problem is listed. */
public final class InvalidEntryException extends CatalogException {

    private final List<String> problems;

    public InvalidEntryException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
