package dev.kefu.kb.io;

import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.FaqVariant;
import dev.kefu.text.Language;
import dev.kefu.text.detect.LanguageDetector;
import dev.kefu.text.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the rows of a file and merges the rows of one id into one entry. Collects every problem
 * before failing, so an admin fixes a file in one pass.
 */
final class FaqAssembler {

    static final int MAX_QUESTION_LENGTH = 500;
    static final int MAX_ANSWER_LENGTH = 5_000;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    private final LanguageDetector detector;

    FaqAssembler(LanguageDetector detector) {
        this.detector = detector;
    }

    List<FaqEntry> assemble(List<FaqRow> rows) throws FaqFormatException {
        return assemble(rows, List.of());
    }

    /** Like {@link #assemble(List)}, failing with the parser's problems and its own together, in line order. */
    List<FaqEntry> assemble(List<FaqRow> rows, List<FaqFormatException.Problem> parseProblems) throws FaqFormatException {
        List<FaqFormatException.Problem> problems = new ArrayList<>(parseProblems);
        Map<String, List<FaqVariant>> variants = new LinkedHashMap<>();
        Map<String, Set<String>> tags = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (FaqRow row : rows) {
            List<String> rowProblems = check(row);
            if (!rowProblems.isEmpty()) {
                rowProblems.forEach(p -> problems.add(new FaqFormatException.Problem(row.line(), p)));
                continue;
            }
            String question = TextNormalizer.normalize(row.question());
            Language language = languageOf(row, question);
            if (language == Language.UNDETERMINED) {
                problems.add(new FaqFormatException.Problem(row.line(),
                        "language '" + row.language() + "' is not one of zh-Hans, zh-Hant, en"));
                continue;
            }
            String key = row.id() + "/" + language.tag();
            Integer first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                problems.add(new FaqFormatException.Problem(row.line(),
                        "id '" + row.id() + "' in " + language.tag() + " already defined on line " + first));
                continue;
            }
            List<String> alternates = row.alternates().stream()
                    .map(TextNormalizer::normalize).filter(a -> !a.isEmpty()).distinct().toList();
            variants.computeIfAbsent(row.id(), id -> new ArrayList<>())
                    .add(new FaqVariant(language, question, alternates, row.answer().strip()));
            tags.computeIfAbsent(row.id(), id -> new LinkedHashSet<>()).addAll(row.tags());
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(FaqFormatException.Problem::line));
            throw new FaqFormatException(problems);
        }
        if (variants.isEmpty()) {
            throw new FaqFormatException(0, "the file has no entries");
        }
        List<FaqEntry> entries = new ArrayList<>(variants.size());
        variants.forEach((id, v) -> entries.add(new FaqEntry(id, v, List.copyOf(tags.get(id)))));
        return entries;
    }

    private static List<String> check(FaqRow row) {
        List<String> problems = new ArrayList<>();
        if (isBlank(row.id())) {
            problems.add("id is empty");
        } else if (!ID.matcher(row.id()).matches()) {
            problems.add("id '" + abbreviate(row.id()) + "' may hold only letters, digits and . _ : - (at most 100)");
        }
        if (isBlank(row.question())) {
            problems.add("question is empty");
        } else if (row.question().length() > MAX_QUESTION_LENGTH) {
            problems.add("question is longer than " + MAX_QUESTION_LENGTH + " characters");
        }
        if (isBlank(row.answer())) {
            problems.add("answer is empty");
        } else if (row.answer().length() > MAX_ANSWER_LENGTH) {
            problems.add("answer is longer than " + MAX_ANSWER_LENGTH + " characters");
        }
        if (row.alternates().stream().anyMatch(a -> a.length() > MAX_QUESTION_LENGTH)) {
            problems.add("an alternate is longer than " + MAX_QUESTION_LENGTH + " characters");
        }
        return problems;
    }

    private Language languageOf(FaqRow row, String question) {
        if (!isBlank(row.language())) {
            return Language.fromTag(row.language());
        }
        Language detected = detector.detect(question).language();
        return detected == Language.UNDETERMINED ? Language.EN : detected;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
