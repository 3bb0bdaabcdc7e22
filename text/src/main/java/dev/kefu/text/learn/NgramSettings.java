package dev.kefu.text.learn;

/**
 * Which n-grams a {@link LinearTextModel} reads: none ({@code order} 0) or those of up to
 * {@code order} tokens, and whether each n-gram's TF-IDF weight is multiplied by its log-count
 * ratio between two classes ({@link NgramFeatures#weightedByLogCountRatio}, the NBSVM weighting of
 * Wang and Manning 2012), smoothed by {@code ratioSmoothing} (0 for no such weighting).
 */
public record NgramSettings(int order, double ratioSmoothing, int ratioClass, int overClass) {

    /** The longest n-gram a model may read. */
    public static final int MAX_ORDER = 5;

    public NgramSettings {
        if (order < 0 || order > MAX_ORDER) {
            throw new IllegalArgumentException("n-grams are of 0 to " + MAX_ORDER + " tokens, not " + order);
        }
        if (ratioSmoothing < 0 || Double.isNaN(ratioSmoothing)) {
            throw new IllegalArgumentException("the log-count ratio's smoothing is 0 or more, not " + ratioSmoothing);
        }
        if (ratioSmoothing > 0 && (ratioClass < 0 || overClass < 0 || ratioClass == overClass)) {
            throw new IllegalArgumentException("the log-count ratio needs two different classes, not " + ratioClass + " and " + overClass);
        }
    }

    /** No n-grams: the model reads its dense vectors alone. */
    public static NgramSettings none() {
        return new NgramSettings(0, 0, -1, -1);
    }

    /** Unigrams and bigrams with their TF-IDF weights. */
    public static NgramSettings bigrams() {
        return new NgramSettings(NgramFeatures.DEFAULT_ORDER, 0, -1, -1);
    }

    /** N-grams of up to {@code order} tokens, TF-IDF times the log-count ratio of {@code ratioClass} over {@code overClass}. */
    public static NgramSettings logCountRatio(int order, int ratioClass, int overClass, double smoothing) {
        if (smoothing <= 0) {
            throw new IllegalArgumentException("the log-count ratio's smoothing is above 0, not " + smoothing);
        }
        return new NgramSettings(order, smoothing, ratioClass, overClass);
    }

    public boolean readsNgrams() {
        return order > 0;
    }

    public boolean weightsByRatio() {
        return ratioSmoothing > 0;
    }
}
