package dev.kefu.kb.search;

import java.util.List;

/**
 * The features the learned fusion weighs, per candidate and relative to the other candidates of
 * the same query, so that they mean the same across knowledge bases: the cosine and its gap to the
 * best, BM25 as a share of the best, the token overlap and its gap to the best, and each
 * retriever's reciprocal rank.
 */
final class FusionFeatures {

    static final List<String> NAMES = List.of("cosine", "cosine_gap", "bm25_share", "overlap", "overlap_gap",
            "bm25_reciprocal_rank", "dense_reciprocal_rank");

    private FusionFeatures() {
    }

    static double[][] of(List<Candidate> candidates) {
        double maxCosine = 0, maxBm25 = 0, maxOverlap = 0;
        for (Candidate c : candidates) {
            maxCosine = Math.max(maxCosine, c.cosine);
            maxBm25 = Math.max(maxBm25, c.bm25);
            maxOverlap = Math.max(maxOverlap, c.overlap);
        }
        double[][] features = new double[candidates.size()][];
        for (int i = 0; i < features.length; i++) {
            Candidate c = candidates.get(i);
            features[i] = new double[] {
                    c.cosine,
                    c.cosine - maxCosine,
                    maxBm25 == 0 ? 0 : c.bm25 / maxBm25,
                    c.overlap,
                    c.overlap - maxOverlap,
                    reciprocal(c.bm25Rank),
                    reciprocal(c.denseRank)};
        }
        return features;
    }

    private static double reciprocal(int rank) {
        return rank < 0 ? 0 : 1.0 / (1 + rank);
    }
}
