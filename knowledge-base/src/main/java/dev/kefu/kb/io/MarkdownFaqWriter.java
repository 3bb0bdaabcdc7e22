package dev.kefu.kb.io;

import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.FaqVariant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One {@code ## question} section per entry-language, with {@code id:} and {@code language:} always
 * written so the languages of an entry merge again on import.
 */
final class MarkdownFaqWriter {

    private MarkdownFaqWriter() {
    }

    static String render(List<FaqEntry> entries) {
        StringBuilder text = new StringBuilder();
        for (FaqEntry entry : entries) {
            String tags = PipeSeparatedList.join(entry.tags(), entry.id());
            for (FaqVariant variant : entry.variants()) {
                String answer = variant.answer().lines().collect(Collectors.joining("\n")).strip();
                String section = section(entry.id(), variant, answer, tags);
                checkReadsBack(section, entry, variant, answer);
                text.append(text.isEmpty() ? "" : "\n").append(section);
            }
        }
        return text.toString();
    }

    private static String section(String id, FaqVariant variant, String answer, String tags) {
        StringBuilder section = new StringBuilder("## ").append(variant.question()).append('\n')
                .append("id: ").append(id).append('\n')
                .append("language: ").append(variant.language().tag()).append('\n');
        if (!variant.alternates().isEmpty()) {
            section.append("alternates: ").append(PipeSeparatedList.join(variant.alternates(), id)).append('\n');
        }
        if (!tags.isEmpty()) {
            section.append("tags: ").append(tags).append('\n');
        }
        return section.append('\n').append(answer).append('\n').toString();
    }

    // Parsing the section is the one sure test that no line of the answer passes for a heading or metadata.
    private static void checkReadsBack(String section, FaqEntry entry, FaqVariant variant, String answer) {
        MarkdownFaqParser.Parsed parsed = MarkdownFaqParser.parse(section);
        boolean same = parsed.problems().isEmpty() && parsed.rows().size() == 1
                && parsed.rows().get(0).question().equals(variant.question())
                && parsed.rows().get(0).answer().equals(answer)
                && parsed.rows().get(0).alternates().equals(variant.alternates())
                && parsed.rows().get(0).tags().equals(entry.tags());
        if (!same) {
            throw new IllegalArgumentException("entry '" + entry.id() + "' (" + variant.language().tag()
                    + ") would not read back the same from Markdown"
                    + (!parsed.problems().isEmpty() ? ": " + parsed.problems()
                            : parsed.rows().size() > 1 ? ": a line of its answer starts with '## '"
                            : ": its question, alternates or tags would change")
                    + "; export it as CSV or JSON");
        }
    }
}
