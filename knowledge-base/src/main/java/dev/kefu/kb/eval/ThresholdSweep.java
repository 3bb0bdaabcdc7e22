package dev.kefu.kb.eval;

import static dev.kefu.kb.eval.FaqEvaluation.ratio;

import dev.kefu.kb.search.DecisionThresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The precision/coverage trade-off of the answer threshold: for each threshold (the margin and
 * suggestion threshold kept), how many answerable queries are answered, how many of those answers
 * are right, and how many questions the knowledge base cannot answer get an answer anyway.
 */
public final class ThresholdSweep {

    /** One row of the table. */
    public record Row(double answerThreshold, double coverage, double precision, double falseAnswerRate) {
        public String format() {
            return String.format(Locale.ROOT, "| %.2f | %.3f | %.3f | %s |", answerThreshold, coverage, precision,
                    Double.isNaN(falseAnswerRate) ? "–" : String.format(Locale.ROOT, "%.3f", falseAnswerRate));
        }
    }

    private ThresholdSweep() {
    }

    static List<Row> of(List<QueryOutcome> answerable, List<QueryOutcome> unanswerable, DecisionThresholds base) {
        List<Row> rows = new ArrayList<>();
        for (int step = 2; step <= 19; step++) {
            double threshold = step * 0.05;
            DecisionThresholds thresholds = new DecisionThresholds(threshold, base.margin(), Math.min(base.suggest(), threshold));
            int answered = 0, right = 0, falseAnswers = 0;
            for (QueryOutcome o : answerable) {
                if (thresholds.answers(o.best(), o.runnerUp())) {
                    answered++;
                    right += o.rank() == 1 ? 1 : 0;
                }
            }
            for (QueryOutcome o : unanswerable) {
                falseAnswers += thresholds.answers(o.best(), o.runnerUp()) ? 1 : 0;
            }
            rows.add(new Row(threshold, ratio(answered, answerable.size()), ratio(right, answered),
                    unanswerable.isEmpty() ? Double.NaN : ratio(falseAnswers, unanswerable.size())));
        }
        return rows;
    }

    public static String header() {
        return "| answer threshold | coverage | precision | false answers (unanswerable) |\n|---:|---:|---:|---:|";
    }
}
