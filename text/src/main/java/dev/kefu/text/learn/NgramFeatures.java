package dev.kefu.text.learn;

import dev.kefu.text.script.ChineseScript;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * TF-IDF weights of the n-grams of a message (unigrams and bigrams unless told a longer order),
 * over a vocabulary fitted on the training messages, optionally times each n-gram's log-count
 * ratio between two classes ({@link #weightedByLogCountRatio}). A token is a Han character (Traditional folded to Simplified) or a run of
 * letters and digits, so English gets word n-grams and Chinese character n-grams; a word that ends
 * in an apostrophe takes the Han character right after it ({@code neg'好}, a marked character).
 * N-grams seen in fewer than two training messages are dropped. Term frequencies are sublinear, and the vector is
 * scaled to unit length over all of the message's n-grams, the unknown ones counted as the rarest:
 * a message mostly of words the examples never used gets weak n-gram evidence, however many of
 * its few known n-grams point one way. Immutable; thread-safe.
 */
public final class NgramFeatures {

    private static final int MIN_DOCUMENT_FREQUENCY = 2;
    /** The longest n-gram unless told otherwise: unigrams and bigrams. */
    public static final int DEFAULT_ORDER = 2;

    private final ChineseScript script;
    private final int order;
    private final Map<String, Integer> vocabulary;
    private final float[] idf;
    private final float unknownIdf;

    private NgramFeatures(ChineseScript script, int order, Map<String, Integer> vocabulary, float[] idf, float unknownIdf) {
        if (order < 1) {
            throw new IllegalArgumentException("the longest n-gram has at least one token, not " + order);
        }
        this.script = script;
        this.order = order;
        this.vocabulary = vocabulary;
        this.idf = idf;
        this.unknownIdf = unknownIdf;
    }

    public static NgramFeatures fit(ChineseScript script, List<String> texts) {
        return fit(script, texts, DEFAULT_ORDER);
    }

    /** Fits the vocabulary of the n-grams of up to {@code order} tokens. */
    public static NgramFeatures fit(ChineseScript script, List<String> texts, int order) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (String text : texts) {
            for (String gram : new HashSet<>(ngrams(script, text, order))) {
                documentFrequency.merge(gram, 1, Integer::sum);
            }
        }
        Map<String, Integer> vocabulary = new LinkedHashMap<>();
        List<Float> idf = new ArrayList<>();
        documentFrequency.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_DOCUMENT_FREQUENCY)
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> {
                    vocabulary.put(e.getKey(), vocabulary.size());
                    idf.add((float) (Math.log((1.0 + texts.size()) / (1.0 + e.getValue())) + 1));
                });
        float[] weights = new float[idf.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = idf.get(i);
        }
        return new NgramFeatures(script, order, vocabulary, weights, (float) (Math.log(1.0 + texts.size()) + 1));
    }

    /**
     * These features with each n-gram's weight multiplied by its absolute log-count ratio (NBSVM,
     * Wang and Manning 2012): the share of the {@code ratioClass} texts' n-gram occurrences (each
     * counted once per text) that are this n-gram, over the same share among the {@code overClass}
     * texts, each count smoothed by {@code smoothing}. An n-gram both classes use alike fades, one
     * that tells them apart counts more. Texts of other classes are not counted.
     */
    public NgramFeatures weightedByLogCountRatio(List<String> texts, int[] classOf, int ratioClass, int overClass, double smoothing) {
        if (texts.size() != classOf.length) {
            throw new IllegalArgumentException("need one class per text");
        }
        if (!(smoothing > 0)) {
            throw new IllegalArgumentException("the smoothing is above 0, not " + smoothing);
        }
        double[] inRatio = new double[idf.length];
        double[] inOver = new double[idf.length];
        for (int i = 0; i < classOf.length; i++) {
            double[] counts = classOf[i] == ratioClass ? inRatio : classOf[i] == overClass ? inOver : null;
            if (counts != null) {
                for (String gram : new HashSet<>(ngrams(script, texts.get(i), order))) {
                    Integer column = vocabulary.get(gram);
                    if (column != null) {
                        counts[column]++;
                    }
                }
            }
        }
        double ratioTotal = smoothing * idf.length;
        double overTotal = smoothing * idf.length;
        for (int k = 0; k < idf.length; k++) {
            ratioTotal += inRatio[k];
            overTotal += inOver[k];
        }
        float[] weights = new float[idf.length];
        for (int k = 0; k < idf.length; k++) {
            double ratio = ((inRatio[k] + smoothing) / ratioTotal) / ((inOver[k] + smoothing) / overTotal);
            weights[k] = (float) (idf[k] * Math.abs(Math.log(ratio)));
        }
        return new NgramFeatures(script, order, vocabulary, weights, unknownIdf);
    }

    public int size() {
        return idf.length;
    }

    /** The weight of {@code gram} (its IDF, times its log-count ratio when weighted so), 0 when it is not in the vocabulary. */
    public float weight(String gram) {
        Integer column = vocabulary.get(gram);
        return column == null ? 0 : idf[column];
    }

    /** The features of {@code text}, after the dense vector {@code dense}. */
    public FeatureVector vector(float[] dense, String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        Map<String, Integer> unknown = new HashMap<>();
        for (String gram : ngrams(script, text, order)) {
            Integer column = vocabulary.get(gram);
            if (column != null) {
                counts.merge(column, 1, Integer::sum);
            } else {
                unknown.merge(gram, 1, Integer::sum);
            }
        }
        int[] indices = new int[counts.size()];
        float[] values = new float[counts.size()];
        double norm = 0;
        for (int count : unknown.values()) {
            norm += Math.pow((1 + Math.log(count)) * unknownIdf, 2);
        }
        int k = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            indices[k] = e.getKey();
            values[k] = (float) ((1 + Math.log(e.getValue())) * idf[e.getKey()]);
            norm += values[k] * values[k];
            k++;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] /= (float) Math.sqrt(norm);
        }
        return new FeatureVector(dense, indices, values);
    }

    public static List<String> ngrams(ChineseScript script, String text) {
        return ngrams(script, text, DEFAULT_ORDER);
    }

    /** The n-grams of up to {@code order} tokens of {@code text}, by where they start, shortest first. */
    public static List<String> ngrams(ChineseScript script, String text, int order) {
        List<String> tokens = tokens(script.toSimplified(text).toLowerCase(Locale.ROOT));
        List<String> grams = new ArrayList<>(tokens.size() * order);
        for (int i = 0; i < tokens.size(); i++) {
            StringBuilder gram = new StringBuilder(tokens.get(i));
            grams.add(gram.toString());
            for (int n = 1; n < order && i + n < tokens.size(); n++) {
                grams.add(gram.append(' ').append(tokens.get(i + n)).toString());
            }
        }
        return grams;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (isHan(c)) {
                tokens.add(text.substring(i, i + width));
                i += width;
            } else if (Character.isLetterOrDigit(c)) {
                int end = i + width;
                while (end < text.length() && isWordPart(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                if (text.charAt(end - 1) == '\'' && end < text.length() && isHan(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                tokens.add(text.substring(i, end));
                i = end;
            } else {
                i += width;
            }
        }
        return tokens;
    }

    private static boolean isWordPart(int c) {
        return (Character.isLetterOrDigit(c) || c == '\'') && !isHan(c);
    }

    private static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    public void write(DataOutput out) throws IOException {
        out.writeFloat(unknownIdf);
        out.writeInt(idf.length);
        for (Map.Entry<String, Integer> e : vocabulary.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeFloat(idf[e.getValue()]);
        }
    }

    public static NgramFeatures read(DataInput in, ChineseScript script) throws IOException {
        return read(in, script, DEFAULT_ORDER);
    }

    /** Reads features written by {@link #write} of a vocabulary fitted with n-grams of up to {@code order} tokens. */
    public static NgramFeatures read(DataInput in, ChineseScript script, int order) throws IOException {
        if (order < 1 || order > NgramSettings.MAX_ORDER) {
            throw new IOException("corrupt n-gram order " + order);
        }
        float unknownIdf = in.readFloat();
        int size = in.readInt();
        if (size < 0) {
            throw new IOException("corrupt vocabulary size " + size);
        }
        Map<String, Integer> vocabulary = new LinkedHashMap<>();
        float[] idf = new float[size];
        for (int i = 0; i < size; i++) {
            vocabulary.put(in.readUTF(), i);
            idf[i] = in.readFloat();
        }
        return new NgramFeatures(script, order, vocabulary, idf, unknownIdf);
    }
}
