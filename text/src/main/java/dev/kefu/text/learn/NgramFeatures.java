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
 * TF-IDF weights of the unigrams and bigrams of a message, over a vocabulary fitted on the
 * training messages. A token is a Han character (Traditional folded to Simplified) or a run of
 * letters and digits, so English gets word n-grams and Chinese character n-grams. N-grams seen in
 * fewer than two training messages are dropped. Term frequencies are sublinear, and the vector is
 * scaled to unit length over all of the message's n-grams, the unknown ones counted as the rarest:
 * a message mostly of words the examples never used gets weak n-gram evidence, however many of
 * its few known n-grams point one way. Immutable; thread-safe.
 */
public final class NgramFeatures {

    private static final int MIN_DOCUMENT_FREQUENCY = 2;

    private final ChineseScript script;
    private final Map<String, Integer> vocabulary;
    private final float[] idf;
    private final float unknownIdf;

    private NgramFeatures(ChineseScript script, Map<String, Integer> vocabulary, float[] idf, float unknownIdf) {
        this.script = script;
        this.vocabulary = vocabulary;
        this.idf = idf;
        this.unknownIdf = unknownIdf;
    }

    public static NgramFeatures fit(ChineseScript script, List<String> texts) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (String text : texts) {
            for (String gram : new HashSet<>(ngrams(script, text))) {
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
        return new NgramFeatures(script, vocabulary, weights, (float) (Math.log(1.0 + texts.size()) + 1));
    }

    public int size() {
        return idf.length;
    }

    /** The features of {@code text}, after the dense vector {@code dense}. */
    public FeatureVector vector(float[] dense, String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        Map<String, Integer> unknown = new HashMap<>();
        for (String gram : ngrams(script, text)) {
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
        List<String> tokens = tokens(script.toSimplified(text).toLowerCase(Locale.ROOT));
        List<String> grams = new ArrayList<>(tokens.size() * 2);
        for (int i = 0; i < tokens.size(); i++) {
            grams.add(tokens.get(i));
            if (i + 1 < tokens.size()) {
                grams.add(tokens.get(i) + ' ' + tokens.get(i + 1));
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
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                tokens.add(text.substring(i, i + width));
                i += width;
            } else if (Character.isLetterOrDigit(c)) {
                int end = i + width;
                while (end < text.length() && isWordPart(text.codePointAt(end))) {
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
        return (Character.isLetterOrDigit(c) || c == '\'') && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
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
        return new NgramFeatures(script, vocabulary, idf, unknownIdf);
    }
}
