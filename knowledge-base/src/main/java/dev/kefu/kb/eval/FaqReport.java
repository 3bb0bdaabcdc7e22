package dev.kefu.kb.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Retrieval quality and speed over a query set. Besides the ranking figures it reports what the
 * decision did: {@code answerRate} is the share of queries answered outright and
 * {@code answerPrecision} how many of those answers were right; {@code suggestRate} the share
 * offered choices and {@code suggestRecall} how often the right entry was among the three shown;
 * {@code unanswerableAnswerRate} how many of the {@code unanswerable} questions got an answer anyway,
 * and {@code unanswerableSuggestRate} how many were offered choices instead of an honest "I don't know".
 */
public record FaqReport(int n, double pAt1, double mrr, double recallAt5, double answerRate,
                        double answerPrecision, double suggestRate, double suggestRecall,
                        int unanswerable, double unanswerableAnswerRate, double unanswerableSuggestRate,
                        double p50Ms, double p99Ms) {

    /** The figures under the names of the eval contract, in a stable order. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("n", n);
        map.put("p_at_1", round(pAt1));
        map.put("mrr", round(mrr));
        map.put("recall_at_5", round(recallAt5));
        map.put("answer_rate", round(answerRate));
        map.put("answer_precision", round(answerPrecision));
        map.put("suggest_rate", round(suggestRate));
        map.put("suggest_recall", round(suggestRecall));
        if (unanswerable > 0) {
            map.put("unanswerable", unanswerable);
            map.put("unanswerable_answer_rate", round(unanswerableAnswerRate));
            map.put("unanswerable_suggest_rate", round(unanswerableSuggestRate));
        }
        map.put("p50_ms", round(p50Ms));
        map.put("p99_ms", round(p99Ms));
        return map;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
