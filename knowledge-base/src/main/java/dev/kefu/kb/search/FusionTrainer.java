package dev.kefu.kb.search;

import dev.kefu.text.embed.LanguageFamily;
import dev.kefu.text.embed.Embeddings;
import dev.kefu.kb.FaqEntry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Fits the {@link FusionModel}: for every labelled query of every set, the hybrid candidates
 * with their features, labelled 1 for the entry that answers the query and 0 for the others,
 * and per language family an L2-regularized logistic regression by Newton's method. Train only
 * on dev sets: the test sets give the figures.
 */
public final class FusionTrainer {

    private static final double L2 = 1e-2;
    private static final int ITERATIONS = 25;

    /** A query and the id of the entry that answers it. */
    public record Example(String query, String expectedId) {
    }

    /** A knowledge base and queries for it. */
    public record TrainingSet(String name, List<FaqEntry> entries, List<Example> examples) {
    }

    private final Embeddings embeddings;

    public FusionTrainer(Embeddings embeddings) {
        this.embeddings = embeddings;
    }

    public FusionModel train(List<TrainingSet> sets, String notes) {
        Map<LanguageFamily, List<Query>> queries = new EnumMap<>(LanguageFamily.class);
        for (TrainingSet set : sets) {
            KnowledgeBase kb = KnowledgeBase.builder().entries(set.entries()).embeddings(embeddings)
                    .ranking(Ranking.HYBRID_RRF).fusionModel(FusionModel.UNTRAINED).build();
            for (Example example : set.examples()) {
                List<Candidate> candidates = kb.candidates(example.query());
                int answer = -1;
                for (int i = 0; i < candidates.size(); i++) {
                    if (kb.idOf(candidates.get(i)).equals(example.expectedId())) {
                        answer = i;
                    }
                }
                queries.computeIfAbsent(LanguageFamily.ofQuery(example.query()), f -> new ArrayList<>())
                        .add(new Query(candidates, answer));
            }
        }
        Map<LanguageFamily, FusionModel.Weights> ranking = new EnumMap<>(LanguageFamily.class);
        Map<LanguageFamily, FusionModel.Weights> confidence = new EnumMap<>(LanguageFamily.class);
        queries.forEach((family, ofFamily) -> {
            FusionModel.Weights rankingWeights = fitRanking(ofFamily);
            ranking.put(family, rankingWeights);
            confidence.put(family, fitConfidence(ofFamily, rankingWeights));
        });
        return new FusionModel(FusionFeatures.RANKING, FusionFeatures.CONFIDENCE, ranking, confidence, notes);
    }

    /** The candidates of one labelled query; {@code answer} is the index of the right one, or -1. */
    private record Query(List<Candidate> candidates, int answer) {
    }

    /** Every candidate of every query, labelled 1 for the right entry. */
    private static FusionModel.Weights fitRanking(List<Query> queries) {
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (Query query : queries) {
            double[][] features = FusionFeatures.ranking(query.candidates());
            for (int i = 0; i < features.length; i++) {
                x.add(features[i]);
                y.add(i == query.answer() ? 1 : 0);
            }
        }
        return fit(x, y);
    }

    /**
     * The first candidate by the ranking, labelled 1 when it is right; and, to learn what a
     * question the knowledge base cannot answer looks like (the dev sets have none), the first
     * candidate once the right entry is taken out, labelled 0.
     */
    private static FusionModel.Weights fitConfidence(List<Query> queries, FusionModel.Weights ranking) {
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (Query query : queries) {
            List<Candidate> all = query.candidates();
            if (all.isEmpty()) {
                continue;
            }
            int first = best(all, ranking);
            x.add(FusionFeatures.confidence(all, first));
            y.add(first == query.answer() ? 1 : 0);
            if (query.answer() >= 0 && all.size() > 1) {
                List<Candidate> without = new ArrayList<>(all);
                without.remove(query.answer());
                x.add(FusionFeatures.confidence(without, best(without, ranking)));
                y.add(0);
            }
        }
        return fit(x, y);
    }

    private static int best(List<Candidate> candidates, FusionModel.Weights ranking) {
        double[][] features = FusionFeatures.ranking(candidates);
        int best = 0;
        for (int i = 1; i < features.length; i++) {
            if (ranking.probability(features[i]) > ranking.probability(features[best])) {
                best = i;
            }
        }
        return best;
    }

    /** Logistic regression by Newton's method; the bias is not regularized. */
    static FusionModel.Weights fit(List<double[]> x, List<Integer> y) {
        int d = x.get(0).length + 1;
        double[] w = new double[d];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int n = 0; n < x.size(); n++) {
                double[] row = withBias(x.get(n));
                double p = 1 / (1 + Math.exp(-dot(w, row)));
                double s = p * (1 - p);
                for (int i = 0; i < d; i++) {
                    gradient[i] += (p - y.get(n)) * row[i];
                    for (int j = 0; j < d; j++) {
                        hessian[i][j] += s * row[i] * row[j];
                    }
                }
            }
            for (int i = 1; i < d; i++) {
                gradient[i] += L2 * w[i];
                hessian[i][i] += L2;
            }
            double[] step = solve(hessian, gradient);
            for (int i = 0; i < d; i++) {
                w[i] -= step[i];
            }
        }
        double[] weights = new double[d - 1];
        System.arraycopy(w, 1, weights, 0, d - 1);
        return new FusionModel.Weights(w[0], weights);
    }

    private static double[] withBias(double[] x) {
        double[] row = new double[x.length + 1];
        row[0] = 1;
        System.arraycopy(x, 0, row, 1, x.length);
        return row;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Solves {@code a · x = b} by Gaussian elimination with partial pivoting. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = new double[n + 1];
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int r = col + 1; r < n; r++) {
                double factor = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[r][c] -= factor * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = m[i][n];
            for (int j = i + 1; j < n; j++) {
                sum -= m[i][j] * x[j];
            }
            x[i] = sum / m[i][i];
        }
        return x;
    }
}
