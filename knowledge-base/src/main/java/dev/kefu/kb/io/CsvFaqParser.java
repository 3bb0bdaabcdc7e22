package dev.kefu.kb.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV with a header row; see {@link FaqReader} for the columns. A leading apostrophe that
 * {@link SpreadsheetFormulaGuard} put before a formula-like cell is dropped.
 */
final class CsvFaqParser {

    private static final Set<String> REQUIRED = Set.of("id", "question", "answer");

    private CsvFaqParser() {
    }

    static List<FaqRow> parse(String text) throws FaqFormatException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).build();
        List<FaqRow> rows = new ArrayList<>();
        long lastLine = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (header == null || !header.keySet().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList().containsAll(REQUIRED)) {
                throw new FaqFormatException(1, "the header must name the columns id, question and answer"
                        + " (optional: language, alternates, tags); found " + (header == null ? "none" : header.keySet()));
            }
            for (CSVRecord record : parser) {
                int line = (int) lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    throw new FaqFormatException(line, "expected " + header.size() + " columns, found " + record.size());
                }
                rows.add(new FaqRow(line, get(record, "id"), get(record, "language"), get(record, "question"),
                        PipeSeparatedList.split(get(record, "alternates")), get(record, "answer"),
                        PipeSeparatedList.split(get(record, "tags"))));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new FaqFormatException((int) lastLine + 1, "malformed CSV: " + e.getMessage());
        }
        return rows;
    }

    private static String get(CSVRecord record, String column) {
        for (String name : record.getParser().getHeaderNames()) {
            if (name.equalsIgnoreCase(column)) {
                return SpreadsheetFormulaGuard.unprotect(record.get(name));
            }
        }
        return "";
    }
}
