package dev.kefu.kb.search;

/** How much a query term found in a phrasing, or in the answer, counts in the BM25 ranking. */
public record FieldWeights(float phrase, float answer) {
    public static final FieldWeights DEFAULTS = new FieldWeights(1.0f, 0.3f);
}
