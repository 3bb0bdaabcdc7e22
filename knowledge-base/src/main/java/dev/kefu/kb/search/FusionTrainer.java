package dev.kefu.kb.search;

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
        Map<LanguageFamily, List<double[]>> rows = new EnumMap<>(LanguageFamily.class);
        Map<LanguageFamily, List<Integer>> labels = new EnumMap<>(LanguageFamily.class);
        for (TrainingSet set : sets) {
            KnowledgeBase kb = KnowledgeBase.builder().entries(set.entries()).embeddings(embeddings)
                    .ranking(Ranking.HYBRID_RRF).fusionModel(FusionModel.UNTRAINED).build();
            for (Example example : set.examples()) {
                List<Candidate> candidates = kb.candidates(example.query());
                LanguageFamily family = LanguageFamily.ofQuery(example.query());
                double[][] features = FusionFeatures.of(candidates);
                for (int i = 0; i < features.length; i++) {
                    rows.computeIfAbsent(family, f -> new ArrayList<>()).add(features[i]);
                    labels.computeIfAbsent(family, f -> new ArrayList<>())
                            .add(kb.idOf(candidates.get(i)).equals(example.expectedId()) ? 1 : 0);
                }
            }
        }
        Map<LanguageFamily, FusionModel.Weights> families = new EnumMap<>(LanguageFamily.class);
        rows.forEach((family, x) -> families.put(family, fit(x, labels.get(family))));
        return new FusionModel(FusionFeatures.NAMES, families, notes);
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
