package dev.kefu.kb.search;

import java.util.List;

/**
 * The features of the learned models, per candidate of one query. The ranking features are
 * relative to the other candidates, so that they mean the same across knowledge bases: the cosine
 * and its gap to the best, BM25 as a share of the best, the token overlap and its gap to the best,
 * and each retriever's reciprocal rank. The confidence features say how good the candidate is on
 * its own and how far it leads the others: its cosine and overlap, and its lead in each over the
 * best other candidate (negative when it trails).
 */
final class FusionFeatures {

    static final List<String> RANKING = List.of("cosine", "cosine_gap", "bm25_share", "overlap", "overlap_gap",
            "bm25_reciprocal_rank", "dense_reciprocal_rank");
    static final List<String> CONFIDENCE = List.of("cosine", "cosine_lead", "overlap", "overlap_lead");

    private FusionFeatures() {
    }

    static double[][] ranking(List<Candidate> candidates) {
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

    /** The confidence features of candidate {@code i} among {@code candidates}. */
    static double[] confidence(List<Candidate> candidates, int i) {
        double otherCosine = 0, otherOverlap = 0;
        for (int j = 0; j < candidates.size(); j++) {
            if (j != i) {
                otherCosine = Math.max(otherCosine, candidates.get(j).cosine);
                otherOverlap = Math.max(otherOverlap, candidates.get(j).overlap);
            }
        }
        Candidate c = candidates.get(i);
        return new double[] {c.cosine, c.cosine - otherCosine, c.overlap, c.overlap - otherOverlap};
    }

    private static double reciprocal(int rank) {
        return rank < 0 ? 0 : 1.0 / (1 + rank);
    }
}
