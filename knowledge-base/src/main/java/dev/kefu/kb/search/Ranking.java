package dev.kefu.kb.search;

/**
 * How candidates are found and ordered. {@code BM25} and {@code DENSE} use one retriever each and
 * serve to measure them; the hybrid rankings search both and order the union, by reciprocal-rank
 * fusion or by the learned combination that also gives the calibrated confidence.
 */
public enum Ranking {
    BM25, DENSE, HYBRID_RRF, HYBRID_LEARNED;

    boolean lexical() {
        return this != DENSE;
    }

    boolean dense() {
        return this != BM25;
    }

    /** Both retrievers, and the learned confidence. */
    boolean hybrid() {
        return lexical() && dense();
    }
}
