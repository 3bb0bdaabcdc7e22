package dev.kefu.kb.eval;

import dev.kefu.kb.search.Decision;
import dev.kefu.kb.search.DecisionThresholds;

/**
 * What the knowledge base did with one query: the rank of the right entry (0 when it was not
 * among the candidates, and always 0 for a query the knowledge base cannot answer), the confidence
 * of the first two candidates, whether the right entry was among the suggestions shown, and the
 * miss: for an answerable query whose right entry was not first, and for a query the knowledge
 * base cannot answer, the entry ranked first (null otherwise).
 */
record QueryOutcome(int rank, double best, double runnerUp, boolean inSuggestions, long nanos, FaqMiss miss) {

    /** What these thresholds decide for this query. */
    Decision decision(DecisionThresholds thresholds) {
        return thresholds.decide(best, runnerUp);
    }
}
