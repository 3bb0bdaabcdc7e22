package dev.kefu.sentiment.moderation;

import dev.kefu.text.eval.LatencyRecorder;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Measures a detector on messages labelled {@code offensive} or {@code safe}: a message is
 * predicted offensive when it is {@link Moderation#abusive() abusive}. Reports accuracy, macro-F1
 * over the two labels, the recall and precision of offensive, the false-positive rate (safe
 * messages flagged) and the latency of one check.
 */
public final class ModerationEvaluation {

    /** One labelled message. */
    public record Example(String text, boolean offensive) {
    }

    /** The figures of one run, and the examples it got wrong. */
    public record Report(int n, double accuracy, double macroF1, double offensiveRecall, double offensivePrecision,
                         double falsePositiveRate, double p50Millis, double p99Millis, List<Example> misses) {

        /** The figures under the names {@code kefu eval moderation} prints. */
        public Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("n", n);
            map.put("accuracy", round(accuracy));
            map.put("macro_f1", round(macroF1));
            map.put("offensive_recall", round(offensiveRecall));
            map.put("offensive_precision", round(offensivePrecision));
            map.put("false_positive_rate", round(falsePositiveRate));
            map.put("p50_ms", round(p50Millis));
            map.put("p99_ms", round(p99Millis));
            return map;
        }
    }

    private static final int WARM_UP = 200;

    private ModerationEvaluation() {
    }

    /** Reads {@code text,label} rows with a header; the labels must be offensive or safe. */
    public static List<Example> read(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return read(reader, csv.getFileName().toString());
        }
    }

    /** Reads {@code text,label} rows with a header; {@code source} names the input in errors. */
    public static List<Example> read(Reader reader, String source) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        List<Example> examples = new ArrayList<>();
        for (CSVRecord record : format.parse(reader)) {
            if (!record.isMapped("text") || !record.isMapped("label")) {
                throw new IOException(source + " needs the columns text,label");
            }
            String label = record.get("label").strip();
            if (!label.equals("offensive") && !label.equals("safe")) {
                throw new IOException(source + " line " + (record.getRecordNumber() + 1)
                        + ": label must be offensive or safe, not '" + label + "'");
            }
            examples.add(new Example(record.get("text"), label.equals("offensive")));
        }
        return examples;
    }

    public static Report measure(ModerationDetector detector, List<Example> examples) {
        examples.stream().limit(WARM_UP).forEach(e -> detector.check(e.text()));
        LatencyRecorder latency = new LatencyRecorder();
        int truePositives = 0, falsePositives = 0, trueNegatives = 0, falseNegatives = 0;
        List<Example> misses = new ArrayList<>();
        for (Example example : examples) {
            long start = System.nanoTime();
            boolean flagged = detector.check(example.text()).abusive();
            latency.record(System.nanoTime() - start);
            if (flagged != example.offensive()) {
                misses.add(example);
            }
            if (example.offensive()) {
                truePositives += flagged ? 1 : 0;
                falseNegatives += flagged ? 0 : 1;
            } else {
                falsePositives += flagged ? 1 : 0;
                trueNegatives += flagged ? 0 : 1;
            }
        }
        double recall = ratio(truePositives, truePositives + falseNegatives);
        double precision = ratio(truePositives, truePositives + falsePositives);
        double safeRecall = ratio(trueNegatives, trueNegatives + falsePositives);
        double safePrecision = ratio(trueNegatives, trueNegatives + falseNegatives);
        double macroF1 = (f1(precision, recall) + f1(safePrecision, safeRecall)) / 2;
        return new Report(examples.size(), ratio(truePositives + trueNegatives, examples.size()), macroF1, recall,
                precision, ratio(falsePositives, falsePositives + trueNegatives),
                latency.percentileMillis(50), latency.percentileMillis(99), List.copyOf(misses));
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
