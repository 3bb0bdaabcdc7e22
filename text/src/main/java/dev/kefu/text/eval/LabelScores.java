package dev.kefu.text.eval;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Accuracy and macro-F1 of predicted labels against gold ones, the F1 averaged over the gold labels. */
public final class LabelScores {

    private LabelScores() {
    }

    public static double accuracy(List<String> gold, List<String> predicted) {
        check(gold, predicted);
        int right = 0;
        for (int i = 0; i < gold.size(); i++) {
            right += gold.get(i).equals(predicted.get(i)) ? 1 : 0;
        }
        return ratio(right, gold.size());
    }

    /** The mean F1 of the labels that occur in {@code gold}; a label only ever predicted counts against precision. */
    public static double macroF1(List<String> gold, List<String> predicted) {
        check(gold, predicted);
        Set<String> labels = new LinkedHashSet<>(gold);
        Map<String, int[]> counts = new HashMap<>(); // true positives, gold, predicted
        for (int i = 0; i < gold.size(); i++) {
            counts.computeIfAbsent(gold.get(i), l -> new int[3])[1]++;
            counts.computeIfAbsent(predicted.get(i), l -> new int[3])[2]++;
            if (gold.get(i).equals(predicted.get(i))) {
                counts.get(gold.get(i))[0]++;
            }
        }
        double sum = 0;
        for (String label : labels) {
            int[] c = counts.get(label);
            double precision = ratio(c[0], c[2]);
            double recall = ratio(c[0], c[1]);
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return labels.isEmpty() ? 0 : sum / labels.size();
    }

    private static void check(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold labels but " + predicted.size() + " predictions");
        }
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
