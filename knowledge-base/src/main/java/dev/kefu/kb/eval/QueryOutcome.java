package dev.kefu.kb.eval;

/**
 * What the knowledge base did with one query: the rank of the right entry (0 when it was not
 * among the candidates, and always 0 for a query the knowledge base cannot answer), the confidence
 * of the first two candidates, whether the right entry was among the suggestions shown, and the
 * miss, if the right entry was not first (null otherwise, and for unanswerable queries).
 */
record QueryOutcome(int rank, double best, double runnerUp, boolean inSuggestions, long nanos, FaqMiss miss) {
}
