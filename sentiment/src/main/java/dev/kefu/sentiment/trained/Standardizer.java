package dev.kefu.sentiment.trained;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Centres each dimension of a sentence embedding on its training mean and scales it to unit
 * variance over the whole vector, times a weight. Sentence embeddings crowd into a narrow cone
 * (bge-small-zh most of all), and a softmax regression fitted on them raw barely moves off the
 * common direction; the weight says how much the embedding counts against the other features.
 */
record Standardizer(float[] mean, float[] scale) {

    static Standardizer fit(float[][] vectors, double weight) {
        if (!(weight > 0)) {
            throw new IllegalArgumentException("an embedding's weight is positive, not " + weight);
        }
        int size = vectors[0].length;
        float[] mean = new float[size];
        float[] scale = new float[size];
        for (int d = 0; d < size; d++) {
            double sum = 0;
            for (float[] v : vectors) {
                sum += v[d];
            }
            double m = sum / vectors.length;
            double squares = 0;
            for (float[] v : vectors) {
                squares += (v[d] - m) * (v[d] - m);
            }
            mean[d] = (float) m;
            // unit variance per dimension, then 1/sqrt(size) so the whole vector has the weight's expected length
            scale[d] = (float) (weight / (Math.sqrt(squares / vectors.length * size) + 1e-9));
        }
        return new Standardizer(mean, scale);
    }

    int size() {
        return mean.length;
    }

    /** Writes the standardized {@code vector} into {@code target} from {@code offset}. */
    void apply(float[] vector, float[] target, int offset) {
        if (vector.length != mean.length) {
            throw new IllegalStateException("the model expects " + mean.length + "-dimensional embeddings, these are "
                    + vector.length + ": retrain it");
        }
        for (int d = 0; d < mean.length; d++) {
            target[offset + d] = (vector[d] - mean[d]) * scale[d];
        }
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(mean.length);
        for (int d = 0; d < mean.length; d++) {
            out.writeFloat(mean[d]);
            out.writeFloat(scale[d]);
        }
    }

    static Standardizer read(DataInput in) throws IOException {
        int size = in.readInt();
        if (size < 1 || size > 100_000) {
            throw new IOException("corrupt embedding size " + size);
        }
        float[] mean = new float[size];
        float[] scale = new float[size];
        for (int d = 0; d < size; d++) {
            mean[d] = in.readFloat();
            scale[d] = in.readFloat();
        }
        return new Standardizer(mean, scale);
    }
}
