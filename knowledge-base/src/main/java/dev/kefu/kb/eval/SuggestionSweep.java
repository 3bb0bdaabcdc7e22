package dev.kefu.kb.eval;

import static dev.kefu.kb.eval.FaqEvaluation.ratio;

import dev.kefu.kb.search.Decision;
import dev.kefu.kb.search.DecisionThresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The trade-off of the suggestion threshold, at the knowledge base's answer threshold and margin:
 * of the answerable queries not answered outright, how many are offered choices and how many of
 * those choices hold the right entry, how many fall back; and how many questions the knowledge
 * base cannot answer are offered choices instead of an honest "I don't know".
 */
public final class SuggestionSweep {

    static final double[] THRESHOLDS = {0.01, 0.02, 0.03, 0.05, 0.075, 0.10, 0.15, 0.20, 0.25, 0.30, 0.40};
    private static final int SHOWN = 3;

    /** One row: shares of all answerable (or unanswerable) queries. */
    public record Row(double suggestThreshold, double answered, double offered, double offeredRight, double fellBack,
                      double unanswerableOffered) {
        public String format() {
            return String.format(Locale.ROOT, "| %.3f | %.3f | %.3f | %.3f | %.3f | %s |", suggestThreshold, answered,
                    offered, offeredRight, fellBack, Double.isNaN(unanswerableOffered) ? "–"
                            : String.format(Locale.ROOT, "%.3f", unanswerableOffered));
        }
    }

    private SuggestionSweep() {
    }

    static List<Row> of(List<QueryOutcome> answerable, List<QueryOutcome> unanswerable, DecisionThresholds base) {
        List<Row> rows = new ArrayList<>();
        for (double threshold : THRESHOLDS) {
            DecisionThresholds thresholds = new DecisionThresholds(base.answer(), base.margin(), Math.min(threshold, base.answer()));
            int answered = 0, offered = 0, offeredRight = 0, fellBack = 0;
            for (QueryOutcome o : answerable) {
                switch (o.decision(thresholds)) {
                    case ANSWER -> answered++;
                    case SUGGEST -> {
                        offered++;
                        offeredRight += o.rank() >= 1 && o.rank() <= SHOWN ? 1 : 0;
                    }
                    case NO_MATCH -> fellBack++;
                }
            }
            int unanswerableOffered = 0;
            for (QueryOutcome o : unanswerable) {
                unanswerableOffered += o.decision(thresholds) == Decision.SUGGEST ? 1 : 0;
            }
            int n = answerable.size();
            rows.add(new Row(threshold, ratio(answered, n), ratio(offered, n), ratio(offeredRight, n), ratio(fellBack, n),
                    unanswerable.isEmpty() ? Double.NaN : ratio(unanswerableOffered, unanswerable.size())));
        }
        return rows;
    }

    public static String header() {
        return "| suggest threshold | answered | offered choices | right entry among them | fell back | unanswerable offered choices |\n"
                + "|---:|---:|---:|---:|---:|---:|";
    }
}
