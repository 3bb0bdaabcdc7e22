package dev.kefu.intents.eval;

import dev.kefu.intents.Intent;
import dev.kefu.intents.IntentClassifier;
import dev.kefu.intents.trained.LabeledText;
import dev.kefu.intents.trained.LabeledTextCsv;
import dev.kefu.text.Language;
import dev.kefu.text.eval.LatencyRecorder;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures an intent classifier on labelled messages: accuracy and macro-F1 over every label (the
 * out-of-scope label included, predicted when the classifier says {@link Intent#NONE}), accuracy on
 * the in-scope messages, recall of the out-of-scope ones, and the latency of one classification.
 */
public final class IntentEvaluation {

    private static final int WARM_UP = 200;

    private IntentEvaluation() {
    }

    /** Reads {@code text,label} rows with a header. */
    public static List<LabeledText> read(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return LabeledTextCsv.read(reader, csv.getFileName().toString());
        }
    }

    public static Map<String, Object> run(IntentClassifier classifier, List<LabeledText> test, String outOfScopeLabel) {
        test.stream().limit(WARM_UP).forEach(t -> classifier.classify(t.text(), Language.UNDETERMINED));
        LatencyRecorder latency = new LatencyRecorder();
        List<String> predicted = new ArrayList<>();
        for (LabeledText t : test) {
            long start = System.nanoTime();
            Intent intent = classifier.classify(t.text(), Language.UNDETERMINED);
            latency.record(System.nanoTime() - start);
            predicted.add(intent.name().equals(Intent.NONE) && outOfScopeLabel != null ? outOfScopeLabel : intent.name());
        }
        int right = 0, inScope = 0, inScopeRight = 0, outOfScope = 0, rejected = 0;
        for (int i = 0; i < test.size(); i++) {
            String gold = test.get(i).label();
            boolean correct = gold.equals(predicted.get(i));
            right += correct ? 1 : 0;
            if (gold.equals(outOfScopeLabel)) {
                outOfScope++;
                rejected += correct ? 1 : 0;
            } else {
                inScope++;
                inScopeRight += correct ? 1 : 0;
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("n", test.size());
        report.put("accuracy", round(ratio(right, test.size())));
        report.put("macro_f1", round(macroF1(test, predicted)));
        report.put("in_scope_accuracy", round(ratio(inScopeRight, inScope)));
        report.put("oos_recall", round(ratio(rejected, outOfScope)));
        report.put("p50_ms", round(latency.percentileMillis(50)));
        report.put("p99_ms", round(latency.percentileMillis(99)));
        return report;
    }

    private static double macroF1(List<LabeledText> test, List<String> predicted) {
        Set<String> labels = new LinkedHashSet<>();
        test.forEach(t -> labels.add(t.label()));
        Map<String, int[]> counts = new HashMap<>(); // true positives, gold, predicted
        for (int i = 0; i < test.size(); i++) {
            String gold = test.get(i).label();
            counts.computeIfAbsent(gold, l -> new int[3])[1]++;
            counts.computeIfAbsent(predicted.get(i), l -> new int[3])[2]++;
            if (gold.equals(predicted.get(i))) {
                counts.get(gold)[0]++;
            }
        }
        double sum = 0;
        for (String label : labels) {
            int[] c = counts.get(label);
            double precision = ratio(c[0], c[2]);
            double recall = ratio(c[0], c[1]);
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return labels.isEmpty() ? 0 : sum / labels.size();
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
