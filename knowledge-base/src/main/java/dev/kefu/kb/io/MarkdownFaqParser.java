package dev.kefu.kb.io;

import dev.kefu.text.Language;
import dev.kefu.text.normalize.TextNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown with one {@code ## question} section per entry-language; see {@link FaqReader} for the
 * layout. Problems carry the 1-based line at fault, and every section is checked before failing.
 */
final class MarkdownFaqParser {

    /** The rows of the well-formed sections and the problems of the others. */
    record Parsed(List<FaqRow> rows, List<FaqFormatException.Problem> problems) {
    }

    private static final List<String> KEYS = List.of("id", "language", "alternates", "tags");

    private static final Pattern HEADING = Pattern.compile(" {0,3}##(?:[ \\t]+(.*))?");
    private static final Pattern CLOSING_HASHES = Pattern.compile("(?:^|[ \\t]+)#+[ \\t]*$");
    private static final Pattern METADATA = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*):(?:[ \\t]+(.*))?");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");

    private MarkdownFaqParser() {
    }

    static Parsed parse(String text) {
        List<String> lines = text.lines().toList();
        List<FaqRow> rows = new ArrayList<>();
        List<FaqFormatException.Problem> problems = new ArrayList<>();
        List<Integer> headings = headings(lines, problems);
        for (int i = 0; i < headings.size(); i++) {
            int end = i + 1 < headings.size() ? headings.get(i + 1) : lines.size();
            section(lines, headings.get(i), end, rows, problems);
        }
        return new Parsed(rows, problems);
    }

    // A hash of the question rather than the line number, which shifts whenever a section above is edited.
    private static String derivedId(String question) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(TextNormalizer.normalize(question).getBytes(StandardCharsets.UTF_8));
            return "md-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    // Indexes of the "## " lines that are not inside a fenced code block.
    private static List<Integer> headings(List<String> lines, List<FaqFormatException.Problem> problems) {
        List<Integer> headings = new ArrayList<>();
        String fence = null;
        int fenceLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = FENCE.matcher(line);
            if (fence == null && m.matches()) {
                fence = m.group(1);
                fenceLine = i;
            } else if (fence != null) {
                if (closes(line, fence)) {
                    fence = null;
                }
            } else if (HEADING.matcher(line).matches()) {
                headings.add(i);
            }
        }
        if (fence != null) {
            problems.add(new FaqFormatException.Problem(fenceLine + 1,
                    "the code block opened by " + fence + " is never closed"));
        }
        return headings;
    }

    private static boolean closes(String line, String fence) {
        String s = line.strip();
        return line.length() - line.stripLeading().length() <= 3 && s.length() >= fence.length()
                && s.chars().allMatch(c -> c == fence.charAt(0));
    }

    private static void section(List<String> lines, int heading, int end,
                                List<FaqRow> rows, List<FaqFormatException.Problem> problems) {
        int before = problems.size();
        int line = heading + 1;
        String question = question(lines.get(heading));
        if (question.isEmpty()) {
            problems.add(new FaqFormatException.Problem(line, "the ## heading has no question"));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        int body = heading + 1;
        for (; body < end; body++) {
            Matcher m = METADATA.matcher(lines.get(body));
            if (!m.matches()) {
                break;
            }
            metadata(m.group(1), m.group(2) == null ? "" : m.group(2).strip(), body + 1, metadata, problems);
        }
        String answer = String.join("\n", lines.subList(body, end)).strip();
        if (answer.isEmpty()) {
            problems.add(new FaqFormatException.Problem(line, "the question '" + question + "' has no answer"));
        } else {
            checkMetadataAfterEmptyLine(lines, body, problems);
        }
        if (problems.size() == before) {
            rows.add(new FaqRow(line, metadata.getOrDefault("id", derivedId(question)),
                    metadata.getOrDefault("language", ""), question,
                    PipeSeparatedList.split(metadata.get("alternates")), answer,
                    PipeSeparatedList.split(metadata.get("tags"))));
        }
    }

    private static String question(String heading) {
        Matcher m = HEADING.matcher(heading);
        m.matches();
        String text = m.group(1) == null ? "" : m.group(1);
        return CLOSING_HASHES.matcher(text).replaceFirst("").strip();
    }

    private static void metadata(String name, String value, int line, Map<String, String> metadata,
                                 List<FaqFormatException.Problem> problems) {
        String key = name.toLowerCase(Locale.ROOT);
        if (!KEYS.contains(key)) {
            problems.add(new FaqFormatException.Problem(line, "unknown metadata key '" + name
                    + "' (known: id, language, alternates, tags); put an empty line before an answer that starts with '"
                    + name + ":'"));
        } else if (metadata.putIfAbsent(key, value) != null) {
            problems.add(new FaqFormatException.Problem(line, "metadata key '" + key + "' is given twice"));
        } else if (key.equals("id") && value.isEmpty()) {
            problems.add(new FaqFormatException.Problem(line, "id is empty"));
        } else if (key.equals("language") && Language.fromTag(value) == Language.UNDETERMINED) {
            problems.add(new FaqFormatException.Problem(line,
                    "language '" + value + "' is not one of zh-Hans, zh-Hant, en"));
        }
    }

    // "## Q", empty line, "id: x" would silently make "id: x" part of the answer.
    private static void checkMetadataAfterEmptyLine(List<String> lines, int body,
                                                    List<FaqFormatException.Problem> problems) {
        int first = body;
        while (lines.get(first).isBlank()) {
            first++;
        }
        Matcher m = METADATA.matcher(lines.get(first));
        if (first > body && m.matches() && KEYS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            problems.add(new FaqFormatException.Problem(first + 1, "metadata line '" + m.group(1)
                    + ":' must directly follow the ## heading or the other metadata lines, without an empty line"));
        }
    }
}
