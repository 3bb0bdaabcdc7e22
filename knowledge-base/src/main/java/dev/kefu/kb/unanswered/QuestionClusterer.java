package dev.kefu.kb.unanswered;

import dev.kefu.text.analysis.Analysis;
import dev.kefu.text.analysis.ChineseAnalyzer;
import dev.kefu.text.analysis.EnglishTextAnalyzer;
import dev.kefu.text.script.ChineseScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * Groups similar questions: each becomes a vector of its analyzed tokens weighted by IDF over the
 * distinct questions at hand, and joins the first group whose leader it resembles by cosine at or above the
 * threshold, else leads a new group (greedy leader clustering, in the order given). The Chinese
 * analyzer folds Traditional to Simplified and the English one stems, so 怎麼退貨 meets 怎么退货
 * and "returning" meets "return".
 */
final class QuestionClusterer {

    private final Analyzer chinese;
    private final Analyzer english;
    private final double threshold;

    QuestionClusterer(ChineseScript script, double threshold) {
        this.chinese = new ChineseAnalyzer(script);
        this.english = new EnglishTextAnalyzer();
        this.threshold = threshold;
    }

    /** The groups as lists of indexes into {@code questions}; the first index of each is its leader. */
    List<List<Integer>> cluster(List<UnansweredQuestion> questions) {
        List<Map<String, Integer>> counts = questions.stream().map(this::termCounts).toList();
        // over distinct texts, so a question asked many times does not make its own words look common
        Map<String, Double> idf = inverseDocumentFrequencies(distinctTexts(questions, counts));
        List<Map<String, Double>> vectors = counts.stream().map(c -> unitVector(c, idf)).toList();
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            List<Integer> best = null;
            double bestSimilarity = threshold;
            for (List<Integer> group : groups) {
                double similarity = cosine(vectors.get(group.get(0)), vectors.get(i));
                if (similarity >= bestSimilarity) {
                    best = group;
                    bestSimilarity = similarity;
                }
            }
            if (best == null) {
                best = new ArrayList<>();
                groups.add(best);
            }
            best.add(i);
        }
        return groups;
    }

    private static List<Map<String, Integer>> distinctTexts(List<UnansweredQuestion> questions,
                                                           List<Map<String, Integer>> counts) {
        Map<String, Map<String, Integer>> byText = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            byText.putIfAbsent(questions.get(i).text(), counts.get(i));
        }
        return List.copyOf(byText.values());
    }

    private Map<String, Integer> termCounts(UnansweredQuestion question) {
        Map<String, Integer> counts = new HashMap<>();
        Analyzer analyzer = question.language().isChinese() ? chinese : english;
        Analysis.tokens(analyzer, question.text()).forEach(t -> counts.merge(t, 1, Integer::sum));
        return counts;
    }

    private static Map<String, Double> inverseDocumentFrequencies(List<Map<String, Integer>> documents) {
        Map<String, Integer> frequencies = new HashMap<>();
        documents.forEach(d -> d.keySet().forEach(t -> frequencies.merge(t, 1, Integer::sum)));
        Map<String, Double> idf = new HashMap<>();
        int n = documents.size();
        frequencies.forEach((t, df) -> idf.put(t, Math.log((n + 1.0) / (df + 1.0)) + 1));
        return idf;
    }

    private static Map<String, Double> unitVector(Map<String, Integer> counts, Map<String, Double> idf) {
        Map<String, Double> vector = new HashMap<>();
        counts.forEach((t, c) -> vector.put(t, c * idf.get(t)));
        double norm = Math.sqrt(vector.values().stream().mapToDouble(w -> w * w).sum());
        vector.replaceAll((t, w) -> w / norm);
        return vector;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            dot += e.getValue() * large.getOrDefault(e.getKey(), 0.0);
        }
        return dot;
    }
}
