package dev.kefu.kb.search;

import dev.kefu.text.embed.LanguageFamily;
import java.util.Comparator;
import java.util.List;

/** Scores and orders the candidates of one query by a {@link Ranking}, and sets their confidence. */
final class Fusion {

    /** The usual constant of reciprocal-rank fusion (Cormack et al. 2009). */
    static final int RRF_K = 60;

    private final Ranking ranking;
    private final FusionModel model;

    Fusion(Ranking ranking, FusionModel model) {
        this.ranking = ranking;
        this.model = model;
    }

    /**
     * Orders {@code candidates} best first. Single-retriever rankings use their own score and a
     * plain confidence (token overlap for BM25, cosine for dense); the hybrid ones take the
     * learned confidence, which is what the default decision thresholds are tuned on.
     */
    void rank(List<Candidate> candidates, LanguageFamily family) {
        switch (ranking) {
            case BM25 -> candidates.forEach(c -> {
                c.score = c.bm25;
                c.confidence = c.overlap;
            });
            case DENSE -> candidates.forEach(c -> {
                c.score = c.cosine;
                c.confidence = Math.max(0, c.cosine);
            });
            case HYBRID_RRF -> candidates.forEach(c -> c.score = reciprocal(c.bm25Rank) + reciprocal(c.denseRank));
            case HYBRID_LEARNED -> {
                double[][] features = FusionFeatures.ranking(candidates);
                for (int i = 0; i < features.length; i++) {
                    candidates.get(i).score = model.rankingScore(family, features[i]);
                }
            }
        }
        if (ranking.hybrid()) {
            for (int i = 0; i < candidates.size(); i++) {
                candidates.get(i).confidence = model.confidence(family, FusionFeatures.confidence(candidates, i));
            }
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> c.score).reversed()
                .thenComparingInt(c -> c.entry));
    }

    private static double reciprocal(int rank) {
        return rank < 0 ? 0 : 1.0 / (RRF_K + rank + 1);
    }
}
