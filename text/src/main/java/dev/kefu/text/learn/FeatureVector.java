package dev.kefu.text.learn;

/**
 * What a classifier reads of one message: a dense sentence vector followed by sparse n-gram
 * weights ({@code values[k]} at column {@code dense.length + indices[k]}).
 */
public record FeatureVector(float[] dense, int[] indices, float[] values) {
}
