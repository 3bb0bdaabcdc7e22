package dev.kefu.text.learn;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;

/**
 * Multinomial logistic regression over a dense vector plus sparse n-gram weights, fitted by
 * mini-batch gradient descent with a decaying step and L2 shrinkage of the dense weights. Sparse
 * updates touch only the columns a message has, so a vocabulary of ten thousand n-grams costs
 * little. Immutable once fitted; thread-safe.
 */
public final class SoftmaxRegression {

    private final int denseSize;
    private final float[][] weights;
    private final float[] bias;

    private SoftmaxRegression(int denseSize, float[][] weights, float[] bias) {
        this.denseSize = denseSize;
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * Settings of a fit: at least {@code epochs} passes and at least {@code minSteps} batches, so
     * that a small training set is fitted as well as a large one. The defaults suit unit-length
     * sentence embeddings and TF-IDF vectors.
     */
    public record Settings(int epochs, int minSteps, int batch, double learningRate, double l2, long seed) {
        public static final Settings DEFAULTS = new Settings(20, 2_000, 32, 8.0, 1e-6, 13);
    }

    /** Fits {@code classes} classes; every example has the same dense size and {@code sparseSize} columns after it. */
    public static SoftmaxRegression fit(FeatureVector[] x, int[] y, int classes, int sparseSize, Settings settings) {
        int denseSize = x[0].dense().length;
        SoftmaxRegression model = new SoftmaxRegression(denseSize, new float[classes][denseSize + sparseSize], new float[classes]);
        int[] order = new int[x.length];
        Arrays.setAll(order, i -> i);
        Random random = new Random(settings.seed());
        double[][] errors = new double[settings.batch()][];
        int batchesPerEpoch = (x.length + settings.batch() - 1) / settings.batch();
        int epochs = Math.max(settings.epochs(), (settings.minSteps() + batchesPerEpoch - 1) / batchesPerEpoch);
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            double rate = settings.learningRate() / (1 + epoch * 0.1);
            for (int start = 0; start < order.length; start += settings.batch()) {
                int end = Math.min(order.length, start + settings.batch());
                for (int k = start; k < end; k++) {
                    double[] p = model.probabilities(x[order[k]]);
                    p[y[order[k]]] -= 1;
                    errors[k - start] = p;
                }
                model.shrinkDense(1 - rate * settings.l2());
                double step = rate / (end - start);
                for (int k = start; k < end; k++) {
                    model.descend(x[order[k]], errors[k - start], step);
                }
            }
        }
        return model;
    }

    private void shrinkDense(double factor) {
        for (float[] w : weights) {
            for (int d = 0; d < denseSize; d++) {
                w[d] *= (float) factor;
            }
        }
    }

    private void descend(FeatureVector v, double[] error, double step) {
        float[] dense = v.dense();
        for (int c = 0; c < bias.length; c++) {
            if (Math.abs(error[c]) < 1e-6) {
                continue;
            }
            float scale = (float) (step * error[c]);
            float[] w = weights[c];
            for (int d = 0; d < denseSize; d++) {
                w[d] -= scale * dense[d];
            }
            int[] indices = v.indices();
            float[] values = v.values();
            for (int k = 0; k < indices.length; k++) {
                w[denseSize + indices[k]] -= scale * values[k];
            }
            bias[c] -= scale;
        }
    }

    /** The probability of each class for {@code v}. */
    public double[] probabilities(FeatureVector v) {
        double[] z = new double[bias.length];
        float[] dense = v.dense();
        int[] indices = v.indices();
        float[] values = v.values();
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < z.length; c++) {
            float[] w = weights[c];
            float sum = bias[c];
            for (int d = 0; d < denseSize; d++) {
                sum += w[d] * dense[d];
            }
            for (int k = 0; k < indices.length; k++) {
                sum += w[denseSize + indices[k]] * values[k];
            }
            z[c] = sum;
            max = Math.max(max, sum);
        }
        double total = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - max);
            total += z[c];
        }
        for (int c = 0; c < z.length; c++) {
            z[c] /= total;
        }
        return z;
    }

    public int denseSize() {
        return denseSize;
    }

    public void write(DataOutput out) throws IOException {
        out.writeInt(bias.length);
        out.writeInt(denseSize);
        out.writeInt(weights[0].length);
        for (int c = 0; c < bias.length; c++) {
            out.writeFloat(bias[c]);
            for (float w : weights[c]) {
                out.writeFloat(w);
            }
        }
    }

    public static SoftmaxRegression read(DataInput in) throws IOException {
        int classes = in.readInt();
        int denseSize = in.readInt();
        int columns = in.readInt();
        if (classes < 1 || denseSize < 0 || columns < denseSize || (long) classes * columns > 100_000_000L) {
            throw new IOException("corrupt model shape " + classes + " x " + columns);
        }
        float[][] weights = new float[classes][columns];
        float[] bias = new float[classes];
        for (int c = 0; c < classes; c++) {
            bias[c] = in.readFloat();
            for (int d = 0; d < columns; d++) {
                weights[c][d] = in.readFloat();
            }
        }
        return new SoftmaxRegression(denseSize, weights, bias);
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
