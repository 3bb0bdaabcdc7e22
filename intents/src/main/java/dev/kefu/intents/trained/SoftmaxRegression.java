package dev.kefu.intents.trained;

import java.util.Random;

/**
 * Multinomial logistic regression over dense vectors, fitted by mini-batch gradient descent with
 * L2 regularization and a decaying step. Immutable once fitted; thread-safe.
 */
final class SoftmaxRegression {

    private final double[][] weights;
    private final double[] bias;

    private SoftmaxRegression(double[][] weights, double[] bias) {
        this.weights = weights;
        this.bias = bias;
    }

    /** Settings of a fit; the defaults suit unit-length sentence embeddings. */
    record Settings(int epochs, int batch, double learningRate, double l2, long seed) {
        static final Settings DEFAULTS = new Settings(80, 32, 8.0, 1e-6, 13);
    }

    static SoftmaxRegression fit(float[][] x, int[] y, int classes, Settings settings) {
        int dim = x[0].length;
        double[][] w = new double[classes][dim];
        double[] b = new double[classes];
        int[] order = new int[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(settings.seed());
        double[][] gradW = new double[classes][dim];
        double[] gradB = new double[classes];
        double[] p = new double[classes];
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            double rate = settings.learningRate() / (1 + epoch * 0.1);
            for (int start = 0; start < order.length; start += settings.batch()) {
                int end = Math.min(order.length, start + settings.batch());
                for (double[] row : gradW) {
                    java.util.Arrays.fill(row, 0);
                }
                java.util.Arrays.fill(gradB, 0);
                for (int k = start; k < end; k++) {
                    float[] v = x[order[k]];
                    probabilities(w, b, v, p);
                    p[y[order[k]]] -= 1;
                    for (int c = 0; c < classes; c++) {
                        if (Math.abs(p[c]) < 1e-6) {
                            continue;
                        }
                        double[] g = gradW[c];
                        for (int d = 0; d < dim; d++) {
                            g[d] += p[c] * v[d];
                        }
                        gradB[c] += p[c];
                    }
                }
                double step = rate / (end - start);
                for (int c = 0; c < classes; c++) {
                    double[] wc = w[c];
                    double[] g = gradW[c];
                    for (int d = 0; d < dim; d++) {
                        wc[d] -= step * g[d] + rate * settings.l2() * wc[d];
                    }
                    b[c] -= step * gradB[c];
                }
            }
        }
        return new SoftmaxRegression(w, b);
    }

    /** The probability of each class for {@code v}. */
    double[] probabilities(float[] v) {
        double[] p = new double[bias.length];
        probabilities(weights, bias, v, p);
        return p;
    }

    private static void probabilities(double[][] w, double[] b, float[] v, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < b.length; c++) {
            double z = b[c];
            double[] wc = w[c];
            for (int d = 0; d < v.length; d++) {
                z += wc[d] * v[d];
            }
            out[c] = z;
            max = Math.max(max, z);
        }
        double sum = 0;
        for (int c = 0; c < out.length; c++) {
            out[c] = Math.exp(out[c] - max);
            sum += out[c];
        }
        for (int c = 0; c < out.length; c++) {
            out[c] /= sum;
        }
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
