package dev.kefu.text.learn;

import dev.kefu.text.script.ChineseScript;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * A softmax regression over a dense vector (sentence embeddings, hand-made features, or nothing)
 * followed by the TF-IDF n-grams of the text ({@link NgramFeatures}), the two fitted, saved and
 * read together. Immutable; thread-safe.
 */
public final class LinearTextModel {

    private final NgramFeatures ngrams;
    private final SoftmaxRegression model;

    private LinearTextModel(NgramFeatures ngrams, SoftmaxRegression model) {
        this.ngrams = ngrams;
        this.model = model;
    }

    /**
     * Fits {@code classes} classes on {@code texts}, each with its dense vector and its class
     * ({@code 0..classes-1}); without {@code useNgrams} the model reads the dense vectors alone.
     */
    public static LinearTextModel fit(ChineseScript script, List<String> texts, float[][] dense, int[] classOf, int classes,
                                      boolean useNgrams, SoftmaxRegression.Settings settings) {
        return fit(script, texts, dense, classOf, classes, useNgrams ? NgramSettings.bigrams() : NgramSettings.none(), settings);
    }

    /** Fits {@code classes} classes on {@code texts}, reading the n-grams {@code ngramSettings} says (none: the dense vectors alone). */
    public static LinearTextModel fit(ChineseScript script, List<String> texts, float[][] dense, int[] classOf, int classes,
                                      NgramSettings ngramSettings, SoftmaxRegression.Settings settings) {
        if (texts.isEmpty() || texts.size() != dense.length || texts.size() != classOf.length) {
            throw new IllegalArgumentException("need as many dense vectors and classes as texts, and at least one text");
        }
        int order = Math.max(ngramSettings.order(), 1);
        NgramFeatures ngrams = NgramFeatures.fit(script, ngramSettings.readsNgrams() ? texts : List.of(), order);
        if (ngramSettings.weightsByRatio()) {
            ngrams = ngrams.weightedByLogCountRatio(texts, classOf, ngramSettings.ratioClass(), ngramSettings.overClass(),
                    ngramSettings.ratioSmoothing());
        }
        FeatureVector[] x = new FeatureVector[texts.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = ngrams.vector(dense[i], texts.get(i));
        }
        return new LinearTextModel(ngrams, SoftmaxRegression.fit(x, classOf, classes, ngrams.size(), settings));
    }

    /** The probability of each class for {@code text} with its dense vector. */
    public double[] probabilities(float[] dense, String text) {
        if (dense.length != model.denseSize()) {
            throw new IllegalStateException("the model expects " + model.denseSize()
                    + "-dimensional dense vectors, this one has " + dense.length + ": retrain it");
        }
        return model.probabilities(ngrams.vector(dense, text));
    }

    /** The length of the dense vector the model reads: 0 for n-grams alone. */
    public int denseSize() {
        return model.denseSize();
    }

    public void write(DataOutput out) throws IOException {
        ngrams.write(out);
        model.write(out);
    }

    public static LinearTextModel read(DataInput in, ChineseScript script) throws IOException {
        return read(in, script, NgramFeatures.DEFAULT_ORDER);
    }

    /** Reads a model fitted with n-grams of up to {@code ngramOrder} tokens ({@link #write} does not write the order: its owner does). */
    public static LinearTextModel read(DataInput in, ChineseScript script, int ngramOrder) throws IOException {
        NgramFeatures ngrams = NgramFeatures.read(in, script, Math.max(ngramOrder, 1));
        return new LinearTextModel(ngrams, SoftmaxRegression.read(in));
    }
}
