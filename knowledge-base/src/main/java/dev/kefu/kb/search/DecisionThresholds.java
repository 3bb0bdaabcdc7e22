package dev.kefu.kb.search;

/**
 * When a retrieval becomes an answer or suggestions. Defaults tuned on the FAQ dev sets (see the
 * README): {@code answer} is the least confidence to answer, {@code margin} how far the best must
 * lead the runner-up, {@code suggest} the least confidence to offer an entry as a choice.
 */
public record DecisionThresholds(double answer, double margin, double suggest) {

    /**
     * For the hybrid rankings, whose confidence is the learned probability that the entry is right:
     * on the dev sets 98–99 % of the answers given are right and almost no question the knowledge
     * base cannot answer gets one (README, "Knowing when it does not know").
     */
    public static final DecisionThresholds DEFAULTS = new DecisionThresholds(0.50, 0.08, 0.20);
    /** For BM25 alone, whose confidence is the token overlap (tuned on the dev sets before the embeddings came). */
    public static final DecisionThresholds LEXICAL_DEFAULTS = new DecisionThresholds(0.55, 0.08, 0.30);
    /** For dense retrieval alone, whose confidence is the cosine: set by hand for comparison runs, not tuned. */
    public static final DecisionThresholds DENSE_DEFAULTS = new DecisionThresholds(0.80, 0.03, 0.60);

    public DecisionThresholds {
        if (!(0 <= suggest && suggest <= answer && answer <= 1) || margin < 0 || margin > 1) {
            throw new IllegalArgumentException("need 0 <= suggest <= answer <= 1 and 0 <= margin <= 1");
        }
    }

    /** Whether a best candidate of this confidence, this far ahead of the runner-up, is answered outright. */
    public boolean answers(double best, double runnerUp) {
        return best >= answer && best - runnerUp >= margin;
    }

    /** Answer, offer choices or admit no match, for a best candidate of this confidence and its runner-up. */
    public Decision decide(double best, double runnerUp) {
        if (answers(best, runnerUp)) {
            return Decision.ANSWER;
        }
        return best >= suggest ? Decision.SUGGEST : Decision.NO_MATCH;
    }
}
