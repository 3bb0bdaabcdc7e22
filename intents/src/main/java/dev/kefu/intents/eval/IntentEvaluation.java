package dev.kefu.intents.eval;

import dev.kefu.intents.Intent;
import dev.kefu.intents.IntentClassifier;
import dev.kefu.text.Language;
import dev.kefu.text.eval.LabelScores;
import dev.kefu.text.eval.LatencyRecorder;
import dev.kefu.text.learn.LabeledText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures an intent classifier on labelled messages: accuracy and macro-F1 over every label (the
 * out-of-scope label included, predicted when the classifier says {@link Intent#NONE}), accuracy on
 * the in-scope messages, recall of the out-of-scope ones, and the latency of one classification.
 */
public final class IntentEvaluation {

    private static final int WARM_UP = 200;

    private IntentEvaluation() {
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
        report.put("macro_f1", round(LabelScores.macroF1(test.stream().map(LabeledText::label).toList(), predicted)));
        report.put("in_scope_accuracy", round(ratio(inScopeRight, inScope)));
        report.put("oos_recall", round(ratio(rejected, outOfScope)));
        report.put("p50_ms", round(latency.percentileMillis(50)));
        report.put("p99_ms", round(latency.percentileMillis(99)));
        return report;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
