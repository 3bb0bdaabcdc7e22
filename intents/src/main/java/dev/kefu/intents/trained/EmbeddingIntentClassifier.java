package dev.kefu.intents.trained;

import dev.kefu.intents.Intent;
import dev.kefu.intents.IntentClassifier;
import dev.kefu.text.Language;
import dev.kefu.text.embed.Embeddings;
import dev.kefu.text.embed.LanguageFamily;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Intents learned from examples: per language family, a softmax regression over the sentence
 * embeddings of the messages (bge-small-zh for Chinese, all-MiniLM for English; the two vector
 * spaces do not mix). A message whose most likely intent is less probable than its family's
 * out-of-scope threshold gets {@link Intent#NONE}, and so does a message of a family that has no
 * examples. The threshold is the lowest that turns away {@link #OUT_OF_SCOPE_RECALL} of the
 * out-of-scope examples, if there are any (they take no part in the fit): it keeps as many
 * in-scope messages as it can while refusing most of what the bot was not taught.
 */
public final class EmbeddingIntentClassifier implements IntentClassifier {

    /** The share of out-of-scope examples the threshold must turn away. */
    public static final double OUT_OF_SCOPE_RECALL = 0.6;

    private final Embeddings embeddings;
    private final Map<LanguageFamily, FamilyModel> families;

    /** The intents of one language family, their model and threshold. */
    private record FamilyModel(List<String> labels, SoftmaxRegression model, double threshold) {
    }

    private EmbeddingIntentClassifier(Embeddings embeddings, Map<LanguageFamily, FamilyModel> families) {
        this.embeddings = embeddings;
        this.families = families;
    }

    /**
     * Trains on {@code examples}; those labelled {@code outOfScopeLabel} (may be null) only tune the
     * out-of-scope threshold.
     */
    public static EmbeddingIntentClassifier train(Embeddings embeddings, List<LabeledText> examples, String outOfScopeLabel) {
        float[][] vectors = new float[examples.size()][];
        IntStream.range(0, examples.size()).parallel()
                .forEach(i -> vectors[i] = embeddings.embed(examples.get(i).text()));
        Map<LanguageFamily, List<Integer>> byFamily = new EnumMap<>(LanguageFamily.class);
        for (int i = 0; i < examples.size(); i++) {
            byFamily.computeIfAbsent(LanguageFamily.ofQuery(examples.get(i).text()), f -> new ArrayList<>()).add(i);
        }
        Map<LanguageFamily, FamilyModel> families = new EnumMap<>(LanguageFamily.class);
        byFamily.forEach((family, rows) -> {
            FamilyModel model = train(vectors, examples, rows, outOfScopeLabel);
            if (model != null) {
                families.put(family, model);
            }
        });
        if (families.isEmpty()) {
            throw new IllegalArgumentException("no in-scope examples to learn from");
        }
        return new EmbeddingIntentClassifier(embeddings, families);
    }

    private static FamilyModel train(float[][] vectors, List<LabeledText> examples, List<Integer> rows, String outOfScopeLabel) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Integer> inScope = new ArrayList<>();
        List<Integer> outOfScope = new ArrayList<>();
        for (int i : rows) {
            String label = examples.get(i).label();
            if (label.equals(outOfScopeLabel)) {
                outOfScope.add(i);
            } else {
                inScope.add(i);
                index.putIfAbsent(label, index.size());
            }
        }
        if (inScope.isEmpty()) {
            return null;
        }
        float[][] x = new float[inScope.size()][];
        int[] y = new int[inScope.size()];
        for (int k = 0; k < inScope.size(); k++) {
            x[k] = vectors[inScope.get(k)];
            y[k] = index.get(examples.get(inScope.get(k)).label());
        }
        SoftmaxRegression model = SoftmaxRegression.fit(x, y, index.size(), SoftmaxRegression.Settings.DEFAULTS);
        List<String> labels = List.copyOf(index.keySet());
        double threshold = outOfScope.isEmpty() ? 0 : threshold(model, vectors, outOfScope);
        return new FamilyModel(labels, model, threshold);
    }

    /** The lowest threshold that turns away {@link #OUT_OF_SCOPE_RECALL} of the out-of-scope examples. */
    private static double threshold(SoftmaxRegression model, float[][] vectors, List<Integer> outOfScope) {
        List<Double> top = new ArrayList<>();
        for (int i : outOfScope) {
            double[] p = model.probabilities(vectors[i]);
            top.add(p[argmax(p)]);
        }
        top.sort(null);
        int turnedAway = (int) Math.ceil(OUT_OF_SCOPE_RECALL * top.size());
        // every example below the threshold is turned away: it sits just above the last of them
        return Math.nextUp(top.get(Math.max(0, turnedAway - 1)));
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    @Override
    public Intent classify(String text, Language language) {
        LanguageFamily family = LanguageFamily.ofQuery(text);
        FamilyModel model = families.get(family);
        if (model == null) {
            return Intent.none();
        }
        double[] p = model.model().probabilities(embeddings.embed(text, family));
        int best = argmax(p);
        return p[best] >= model.threshold() ? new Intent(model.labels().get(best), p[best]) : new Intent(Intent.NONE, p[best]);
    }

    /** The out-of-scope threshold of a family (0 when it has no out-of-scope examples or no model). */
    public double threshold(LanguageFamily family) {
        FamilyModel model = families.get(family);
        return model == null ? 0 : model.threshold();
    }
}
