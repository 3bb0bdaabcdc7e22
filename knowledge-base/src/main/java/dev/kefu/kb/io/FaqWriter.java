package dev.kefu.kb.io;

import dev.kefu.kb.FaqEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Exports a knowledge base as CSV, JSON or Markdown, UTF-8 without a byte order mark, in the layout
 * {@link FaqReader} imports: entries it read come back equal, each language as its own row or section.
 *
 * <p>CSV cells that a spreadsheet would run as a formula ({@code =cmd()}, {@code +1}, {@code @x},
 * {@code -2}) get a leading apostrophe, which {@link FaqReader} drops again. Markdown writes line
 * breaks as {@code \n}. HTML is written as the text it is; escaping is the renderer's job.
 */
public final class FaqWriter {

    /**
     * Writes every entry, or nothing when one cannot be written in {@code format}. The stream is
     * flushed, not closed.
     *
     * @throws IllegalArgumentException when an entry cannot be read back the same from {@code format}:
     *     an alternate or tag holding {@code |} (CSV, Markdown), or an answer with a {@code ## } line
     *     outside a code block (Markdown); JSON holds every entry
     */
    public void write(List<FaqEntry> entries, FaqFormat format, OutputStream out) throws IOException {
        String text = switch (format) {
            case CSV -> CsvFaqWriter.render(entries);
            case JSON -> JsonFaqWriter.render(entries);
            case MARKDOWN -> MarkdownFaqWriter.render(entries);
        };
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
