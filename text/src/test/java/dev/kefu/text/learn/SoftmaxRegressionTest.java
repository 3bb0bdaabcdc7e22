package dev.kefu.text.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class SoftmaxRegressionTest {

    /** Three classes: two told apart by the dense part, the third only by a sparse column. */
    private static final FeatureVector[] X = {
        new FeatureVector(new float[] {1, 0}, new int[0], new float[0]),
        new FeatureVector(new float[] {0.9f, 0.1f}, new int[0], new float[0]),
        new FeatureVector(new float[] {0, 1}, new int[0], new float[0]),
        new FeatureVector(new float[] {0.1f, 0.9f}, new int[0], new float[0]),
        new FeatureVector(new float[] {0.5f, 0.5f}, new int[] {2}, new float[] {1}),
        new FeatureVector(new float[] {0.4f, 0.6f}, new int[] {2}, new float[] {1}),
    };
    private static final int[] Y = {0, 0, 1, 1, 2, 2};

    @Test
    void learnsDenseAndSparseFeatures() {
        SoftmaxRegression model = SoftmaxRegression.fit(X, Y, 3, 3, SoftmaxRegression.Settings.DEFAULTS);
        for (int i = 0; i < X.length; i++) {
            double[] p = model.probabilities(X[i]);
            assertThat(p[Y[i]]).as("example %d", i).isGreaterThan(0.6);
        }
        assertThat(model.denseSize()).isEqualTo(2);
    }

    @Test
    void readsBackWhatItWroteAndRefusesACorruptShape() throws IOException {
        SoftmaxRegression model = SoftmaxRegression.fit(X, Y, 3, 3, SoftmaxRegression.Settings.DEFAULTS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(new DataOutputStream(bytes));
        SoftmaxRegression read = SoftmaxRegression.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(read.probabilities(X[4])).containsExactly(model.probabilities(X[4]));

        byte[] corrupt = bytes.toByteArray();
        corrupt[0] = (byte) 0x7f; // a class count of about two billion
        assertThatThrownBy(() -> SoftmaxRegression.read(new DataInputStream(new ByteArrayInputStream(corrupt))))
                .isInstanceOf(IOException.class);
    }
}
