package dev.kefu.kb.io;

import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.FaqVariant;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** One CSV row per entry-language, with the header {@code id,language,question,answer,alternates,tags}. */
final class CsvFaqWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader("id", "language", "question", "answer", "alternates", "tags").build();

    private CsvFaqWriter() {
    }

    static String render(List<FaqEntry> entries) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
            for (FaqEntry entry : entries) {
                String tags = PipeSeparatedList.join(entry.tags(), entry.id());
                for (FaqVariant variant : entry.variants()) {
                    printer.printRecord(entry.id(), variant.language().tag(),
                            cell(variant.question()), cell(variant.answer()),
                            cell(PipeSeparatedList.join(variant.alternates(), entry.id())), cell(tags));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return text.toString();
    }

    private static String cell(String value) {
        return SpreadsheetFormulaGuard.protect(value);
    }
}
