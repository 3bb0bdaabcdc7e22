package dev.kefu.text.learn;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads labelled messages from RFC 4180 CSV with a header naming the columns text and label. */
public final class LabeledTextCsv {

    private LabeledTextCsv() {
    }

    /** Reads every row of a UTF-8 file. */
    public static List<LabeledText> read(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return read(reader, csv.getFileName().toString());
        }
    }

    /** Reads every row; other columns are ignored, {@code source} names the input in errors. */
    public static List<LabeledText> read(Reader reader, String source) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        List<LabeledText> rows = new ArrayList<>();
        for (CSVRecord record : format.parse(reader)) {
            if (!record.isMapped("text") || !record.isMapped("label")) {
                throw new IOException(source + " needs the columns text,label");
            }
            rows.add(new LabeledText(record.get("text"), record.get("label")));
        }
        return rows;
    }
}
