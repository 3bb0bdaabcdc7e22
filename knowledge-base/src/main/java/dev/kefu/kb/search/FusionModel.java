package dev.kefu.kb.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The learned combination of the retrievers: per language family, a logistic regression over
 * {@link FusionFeatures} giving the probability that a candidate is the right entry. It orders
 * the hybrid candidates and is the confidence the decision reads. The shipped weights are fitted
 * on the FAQ dev sets by {@link FusionTrainer}; {@code notes} records how.
 */
public record FusionModel(List<String> features, Map<LanguageFamily, Weights> families, String notes) {

    static final String RESOURCE = "fusion-model.json";
    /** No weights: every probability is 0. What the trainer collects features with. */
    static final FusionModel UNTRAINED = new FusionModel(FusionFeatures.NAMES, Map.of(), "untrained");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A logistic regression: {@code 1 / (1 + exp(-(bias + weights · x)))}. */
    public record Weights(double bias, double[] weights) {
        double probability(double[] x) {
            double z = bias;
            for (int i = 0; i < weights.length; i++) {
                z += weights[i] * x[i];
            }
            return 1 / (1 + Math.exp(-z));
        }
    }

    public FusionModel {
        families = families.isEmpty() ? new EnumMap<>(LanguageFamily.class) : new EnumMap<>(families);
        for (Weights w : families.values()) {
            if (w.weights().length != features.size()) {
                throw new IllegalArgumentException("expected " + features.size() + " weights, got " + w.weights().length);
            }
        }
    }

    /** The model shipped with the product. */
    public static FusionModel shipped() {
        try (InputStream in = FusionModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            FusionModel model = JSON.readValue(in, FusionModel.class);
            if (!model.features().equals(FusionFeatures.NAMES)) {
                throw new IllegalStateException(RESOURCE + " was trained on other features: " + model.features());
            }
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(OutputStream out) {
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, this);
    }

    double probability(LanguageFamily family, double[] x) {
        Weights weights = families.get(family);
        return weights == null ? 0 : weights.probability(x);
    }
}
