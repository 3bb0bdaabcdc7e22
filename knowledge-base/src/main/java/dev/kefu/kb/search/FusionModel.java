package dev.kefu.kb.search;

import dev.kefu.text.embed.LanguageFamily;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The learned parts of hybrid retrieval, per language family: a logistic regression over the
 * {@link FusionFeatures#RANKING ranking features} that orders the candidates, and one over the
 * {@link FusionFeatures#CONFIDENCE confidence features} whose probability that a candidate is the
 * right answer is the confidence the decision reads. The shipped weights are fitted on the FAQ dev
 * sets by {@link FusionTrainer}; {@code notes} records how.
 */
public record FusionModel(List<String> rankingFeatures, List<String> confidenceFeatures,
                          Map<LanguageFamily, Weights> ranking, Map<LanguageFamily, Weights> confidence, String notes) {

    static final String RESOURCE = "fusion-model.json";
    /** No weights: every probability is 0. What the trainer collects features with. */
    static final FusionModel UNTRAINED = new FusionModel(FusionFeatures.RANKING, FusionFeatures.CONFIDENCE,
            Map.of(), Map.of(), "untrained");
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
        ranking = copy(ranking, rankingFeatures);
        confidence = copy(confidence, confidenceFeatures);
    }

    private static Map<LanguageFamily, Weights> copy(Map<LanguageFamily, Weights> families, List<String> features) {
        for (Weights w : families.values()) {
            if (w.weights().length != features.size()) {
                throw new IllegalArgumentException("expected " + features.size() + " weights, got " + w.weights().length);
            }
        }
        return families.isEmpty() ? new EnumMap<>(LanguageFamily.class) : new EnumMap<>(families);
    }

    /** The model shipped with the product. */
    public static FusionModel shipped() {
        try (InputStream in = FusionModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            FusionModel model = JSON.readValue(in, FusionModel.class);
            if (!model.rankingFeatures().equals(FusionFeatures.RANKING)
                    || !model.confidenceFeatures().equals(FusionFeatures.CONFIDENCE)) {
                throw new IllegalStateException(RESOURCE + " was trained on other features; run kefu train fusion");
            }
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(OutputStream out) {
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, this);
    }

    double rankingScore(LanguageFamily family, double[] x) {
        Weights weights = ranking.get(family);
        return weights == null ? 0 : weights.probability(x);
    }

    double confidence(LanguageFamily family, double[] x) {
        Weights weights = confidence.get(family);
        return weights == null ? 0 : weights.probability(x);
    }
}
