package dev.kefu.kb.search;

/**
 * An entry found for one query, with what each retriever said about it; filled in by the index,
 * then scored by a {@link Ranking}. Ranks are 0-based and -1 where the retriever did not return
 * the entry.
 */
final class Candidate {
    final int entry;
    int phrasing;
    double bm25;
    int bm25Rank = -1;
    double cosine;
    int denseRank = -1;
    double overlap;
    double score;
    double confidence;

    Candidate(int entry, int phrasing) {
        this.entry = entry;
        this.phrasing = phrasing;
    }
}
