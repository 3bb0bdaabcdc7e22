package dev.kefu.sentiment.eval;

import dev.kefu.sentiment.polarity.Sentiment;
import dev.kefu.sentiment.polarity.SentimentAnalyzer;
import dev.kefu.text.Language;
import dev.kefu.text.eval.LabelScores;
import dev.kefu.text.eval.LatencyRecorder;
import dev.kefu.text.learn.LabeledText;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures a sentiment analyzer on labelled messages: accuracy and macro-F1, the share it calls
 * neutral, and the latency of one analysis, as elapsed and as CPU time of the measuring thread (on
 * a busy machine the first includes waits for a core, the second does not). On a test set labelled
 * positive and negative only (ChnSentiCorp, SST-2), {@code accuracy} is the two-class accuracy the
 * published figures of such sets are: the prediction is the sign of the score, a message inside
 * the neutral band counting by its sign and only a score of exactly 0 (no opinion at all) as wrong;
 * the report says so ({@code "binary": true}, {@code "neutral_resolved_by"}) and keeps the
 * three-class reading beside it ({@code three_class_accuracy}, the analyzer's label, so a neutral
 * label is wrong). When the set has neutral messages too, the prediction is the analyzer's label.
 * The product itself always answers the label: this changes only how a two-class set is scored.
 */
public final class SentimentEvaluation {

    private static final int WARM_UP = 200;
    private static final String NEUTRAL = "neutral";
    /** How a two-class set's {@code accuracy} resolves the neutral label, as the report states it. */
    static final String BY_SIGN = "sign of the score (a score of exactly 0 counts as wrong)";

    private SentimentEvaluation() {
    }

    public static Map<String, Object> run(SentimentAnalyzer analyzer, List<LabeledText> test) {
        List<String> gold = test.stream().map(t -> t.label().strip().toLowerCase(Locale.ROOT)).toList();
        boolean threeWay = gold.contains(NEUTRAL);
        // a space after each warm-up text: the embeddings remember recent vectors, and none may be reused by the timed pass
        test.stream().limit(WARM_UP).forEach(t -> analyzer.analyze(t.text() + ' ', Language.UNDETERMINED));
        LatencyRecorder latency = new LatencyRecorder();
        LatencyRecorder cpu = new LatencyRecorder();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean measuresCpu = threads.isCurrentThreadCpuTimeSupported();
        List<String> predicted = new ArrayList<>();
        List<String> labelled = new ArrayList<>();
        int neutral = 0;
        for (LabeledText t : test) {
            long cpuStart = measuresCpu ? threads.getCurrentThreadCpuTime() : 0;
            long start = System.nanoTime();
            Sentiment sentiment = analyzer.analyze(t.text(), Language.UNDETERMINED);
            latency.record(System.nanoTime() - start);
            if (measuresCpu) {
                cpu.record(threads.getCurrentThreadCpuTime() - cpuStart);
            }
            neutral += sentiment.label() == Sentiment.Label.NEUTRAL ? 1 : 0;
            String label = sentiment.label().name().toLowerCase(Locale.ROOT);
            labelled.add(label);
            predicted.add(threeWay ? label : polarity(sentiment.score()));
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("n", test.size());
        report.put("binary", !threeWay);
        if (!threeWay) {
            report.put("neutral_resolved_by", BY_SIGN);
        }
        report.put("accuracy", round(LabelScores.accuracy(gold, predicted)));
        report.put("macro_f1", round(LabelScores.macroF1(gold, predicted)));
        if (!threeWay) {
            report.put("three_class_accuracy", round(LabelScores.accuracy(gold, labelled)));
        }
        report.put("neutral_rate", round(test.isEmpty() ? 0 : (double) neutral / test.size()));
        report.put("p50_ms", round(latency.percentileMillis(50)));
        report.put("p99_ms", round(latency.percentileMillis(99)));
        if (measuresCpu) {
            report.put("p50_cpu_ms", round(cpu.percentileMillis(50)));
            report.put("p99_cpu_ms", round(cpu.percentileMillis(99)));
        }
        return report;
    }

    /** The two-class reading of a score: its sign, and neutral for no opinion at all. */
    private static String polarity(double score) {
        return score > 0 ? "positive" : score < 0 ? "negative" : NEUTRAL;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
