package dev.kefu.kb.catalog;

import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.FaqVariant;
import dev.kefu.text.Language;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What an entry must be to enter the catalog; the limits keep one entry from swamping the index or a reply. */
public final class EntryRules {

    public static final String ID_PATTERN = "[A-Za-z0-9._-]{1,64}";
    public static final int MAX_QUESTION_LENGTH = 500;
    public static final int MAX_ANSWER_LENGTH = 5_000;
    public static final int MAX_ALTERNATES = 50;
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG_LENGTH = 64;

    private static final Pattern ID = Pattern.compile(ID_PATTERN);

    private EntryRules() {
    }

    /** Every rule the entry breaks, or none. */
    public static List<String> problems(FaqEntry entry) {
        List<String> problems = new ArrayList<>();
        if (!ID.matcher(entry.id()).matches()) {
            problems.add("id must match " + ID_PATTERN);
        }
        Set<Language> languages = new HashSet<>();
        for (FaqVariant variant : entry.variants()) {
            String where = variant.language().tag() + ": ";
            if (variant.language() == Language.UNDETERMINED) {
                problems.add("language must be one of zh-Hans, zh-Hant, en");
            } else if (!languages.add(variant.language())) {
                problems.add(where + "language appears twice");
            }
            checkText(problems, where + "question", variant.question(), MAX_QUESTION_LENGTH);
            checkText(problems, where + "answer", variant.answer(), MAX_ANSWER_LENGTH);
            if (variant.alternates().size() > MAX_ALTERNATES) {
                problems.add(where + "at most " + MAX_ALTERNATES + " alternates");
            }
            variant.alternates().forEach(a -> checkText(problems, where + "alternate", a, MAX_QUESTION_LENGTH));
        }
        if (entry.tags().size() > MAX_TAGS) {
            problems.add("at most " + MAX_TAGS + " tags");
        }
        entry.tags().forEach(t -> checkText(problems, "tag", t, MAX_TAG_LENGTH));
        return problems;
    }

    static void check(FaqEntry entry) {
        List<String> problems = problems(entry);
        if (!problems.isEmpty()) {
            throw new InvalidEntryException(problems);
        }
    }

    private static void checkText(List<String> problems, String what, String text, int max) {
        if (text.isBlank()) {
            problems.add(what + " must not be blank");
        } else if (text.length() > max) {
            problems.add(what + " must be at most " + max + " characters");
        }
    }
}
