package dev.kefu.intents.trained;

/**
 * What a classifier reads of one message: a dense sentence vector followed by sparse n-gram
 * weights ({@code values[k]} at column {@code dense.length + indices[k]}).
 */
record FeatureVector(float[] dense, int[] indices, float[] values) {
}
