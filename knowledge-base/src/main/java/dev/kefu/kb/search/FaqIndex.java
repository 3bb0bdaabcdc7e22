package dev.kefu.kb.search;

import dev.kefu.text.embed.LanguageFamily;
import dev.kefu.text.embed.Embeddings;
import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.FaqVariant;
import dev.kefu.text.analysis.Analysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * One immutable Lucene index over a set of entries: a document per phrasing (the question and
 * each alternate) of each language variant, so that BM25 compares the query with one way of
 * asking at a time, and the answer beside it with a lower weight. Chinese and English phrasings go
 * to fields of their own analyzer and to a vector field of their own embedding model. A query is
 * analyzed for every text field, so mixed text still finds Latin product names inside Chinese
 * entries.
 */
final class FaqIndex {

    private static final String ORD = "ord";

    private final List<FaqEntry> entries;
    private final List<Phrasing> phrasings;
    private final int[] phrasingOfDoc;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzers analyzers;
    private final LexicalQuery lexicalQuery;
    private final Embeddings embeddings;
    private final Map<String, float[]> vectors;
    private final Map<String, Integer> phrasingDocFreq;
    private final double[] phrasingWeight;

    /**
     * A way of asking an entry, with the tokens it analyzes to and its embedding (null without
     * embeddings); the phrasings of one entry stand together, in the order of the entries.
     */
    record Phrasing(int ordinal, int entry, FaqVariant variant, String text, Set<String> tokens, float[] vector) {
        LanguageFamily family() {
            return LanguageFamily.of(variant.language());
        }
    }

    private FaqIndex(List<FaqEntry> entries, List<Phrasing> phrasings, DirectoryReader reader, Analyzers analyzers,
                     FieldWeights weights, Embeddings embeddings, Map<String, float[]> vectors) {
        this.entries = entries;
        this.phrasings = phrasings;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.analyzers = analyzers;
        this.lexicalQuery = new LexicalQuery(analyzers, weights, reader);
        this.embeddings = embeddings;
        this.vectors = vectors;
        this.phrasingOfDoc = ordinals(reader);
        Map<String, Integer> df = new HashMap<>();
        for (Phrasing p : phrasings) {
            for (String token : p.tokens()) {
                df.merge(p.family() + ":" + token, 1, Integer::sum);
            }
        }
        this.phrasingDocFreq = df;
        this.phrasingWeight = new double[phrasings.size()];
        for (Phrasing p : phrasings) {
            for (String token : p.tokens()) {
                phrasingWeight[p.ordinal()] += idf(p.family(), token);
            }
        }
    }

    /**
     * Indexes the entries. {@code embeddings} may be null (lexical search only); {@code known}
     * holds vectors of an earlier index by text, so a reindex embeds only what changed.
     */
    static FaqIndex build(List<FaqEntry> entries, Analyzers analyzers, FieldWeights weights,
                          Embeddings embeddings, Map<String, float[]> known) {
        List<Phrasing> phrasings = phrasings(entries, analyzers);
        Map<String, float[]> vectors = embeddings == null ? Map.of() : embed(phrasings, embeddings, known);
        List<Phrasing> withVectors = phrasings.stream()
                .map(p -> new Phrasing(p.ordinal(), p.entry(), p.variant(), p.text(), p.tokens(),
                        vectors.get(vectorKey(p.family(), p.text()))))
                .toList();
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            Analyzer perField = new PerFieldAnalyzerWrapper(analyzers.english(), Map.of(
                    Fields.PHRASE_ZH, analyzers.chinese(), Fields.ANSWER_ZH, analyzers.chinese()));
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(perField))) {
                for (int ord = 0; ord < withVectors.size(); ord++) {
                    writer.addDocument(document(withVectors.get(ord), ord));
                }
                writer.commit();
            }
            return new FaqIndex(List.copyOf(entries), withVectors, DirectoryReader.open(directory), analyzers,
                    weights, embeddings, vectors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Phrasing> phrasings(List<FaqEntry> entries, Analyzers analyzers) {
        List<Phrasing> phrasings = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            for (FaqVariant variant : entries.get(e).variants()) {
                Analyzer analyzer = analyzers.of(variant.language());
                for (String text : variant.phrasings()) {
                    phrasings.add(new Phrasing(phrasings.size(), e, variant, text,
                            new LinkedHashSet<>(Analysis.tokens(analyzer, text)), null));
                }
            }
        }
        return phrasings;
    }

    private static Map<String, float[]> embed(List<Phrasing> phrasings, Embeddings embeddings, Map<String, float[]> known) {
        List<String> keys = phrasings.stream().map(p -> vectorKey(p.family(), p.text())).distinct().toList();
        float[][] computed = new float[keys.size()][];
        IntStream.range(0, keys.size()).parallel().forEach(i -> {
            String key = keys.get(i);
            float[] vector = known.get(key);
            computed[i] = vector != null ? vector
                    : embeddings.embed(key.substring(2), key.charAt(0) == 'z' ? LanguageFamily.CHINESE : LanguageFamily.ENGLISH);
        });
        Map<String, float[]> vectors = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            vectors.put(keys.get(i), computed[i]);
        }
        return vectors;
    }

    private static String vectorKey(LanguageFamily family, String text) {
        return (family == LanguageFamily.CHINESE ? "z:" : "e:") + text;
    }

    private static Document document(Phrasing phrasing, int ord) {
        Document doc = new Document();
        LanguageFamily family = phrasing.family();
        doc.add(new TextField(Fields.phrase(family), phrasing.text(), Field.Store.NO));
        doc.add(new TextField(Fields.answer(family), phrasing.variant().answer(), Field.Store.NO));
        if (phrasing.vector() != null) {
            doc.add(new KnnFloatVectorField(Fields.vector(family), phrasing.vector(), VectorSimilarityFunction.DOT_PRODUCT));
        }
        doc.add(new NumericDocValuesField(ORD, ord));
        return doc;
    }

    private static int[] ordinals(DirectoryReader reader) {
        int[] ordinals = new int[reader.maxDoc()];
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues ords = leaf.reader().getNumericDocValues(ORD);
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    ords.advanceExact(doc);
                    ordinals[leaf.docBase + doc] = (int) ords.longValue();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ordinals;
    }

    List<FaqEntry> entries() {
        return entries;
    }

    FaqEntry entry(int index) {
        return entries.get(index);
    }

    String phrasingText(int ordinal) {
        return phrasings.get(ordinal).text();
    }

    /** Vectors by family and text, for the next index to reuse. */
    Map<String, float[]> vectors() {
        return vectors;
    }

    /**
     * The entries the retrievers of {@code ranking} find among their {@code pool} best, each with
     * the features every ranking reads: BM25 score and rank, best cosine and dense rank, overlap.
     */
    List<Candidate> candidates(String text, Ranking ranking, int pool) {
        Map<Integer, Candidate> byEntry = new LinkedHashMap<>();
        LanguageFamily family = LanguageFamily.ofQuery(text);
        // the embedding, the slowest step, runs on another core while BM25 searches
        CompletableFuture<float[]> embedding = ranking.dense() && embeddings != null
                ? embeddings.embedAsync(text, family) : null;
        if (ranking.lexical()) {
            addLexical(text, pool, byEntry);
        }
        float[] queryVector = embedding == null ? null : Embeddings.await(embedding);
        if (queryVector != null) {
            addDense(queryVector, family, pool, byEntry);
        }
        QueryTerms terms = queryTerms(text, family);
        for (Candidate candidate : byEntry.values()) {
            if (queryVector != null) {
                bestCosine(candidate, queryVector, family);
            }
            bestOverlap(candidate, terms, family);
        }
        return new ArrayList<>(byEntry.values());
    }

    private void addLexical(String text, int pool, Map<Integer, Candidate> byEntry) {
        Query query = lexicalQuery.build(text);
        if (query == null) {
            return;
        }
        int rank = 0;
        for (ScoreDoc hit : search(query, pool * 4)) {
            int ord = phrasingOfDoc[hit.doc];
            Phrasing phrasing = phrasings.get(ord);
            if (!byEntry.containsKey(phrasing.entry())) {
                Candidate candidate = new Candidate(phrasing.entry(), ord);
                candidate.bm25 = hit.score;
                candidate.bm25Rank = rank++;
                byEntry.put(phrasing.entry(), candidate);
                if (rank == pool) {
                    return;
                }
            }
        }
    }

    private void addDense(float[] queryVector, LanguageFamily family, int pool, Map<Integer, Candidate> byEntry) {
        int rank = 0;
        Set<Integer> seen = new LinkedHashSet<>();
        for (ScoreDoc hit : search(new KnnFloatVectorQuery(Fields.vector(family), queryVector, pool * 2), pool * 2)) {
            int ord = phrasingOfDoc[hit.doc];
            int entry = phrasings.get(ord).entry();
            if (seen.add(entry)) {
                byEntry.computeIfAbsent(entry, e -> new Candidate(e, ord)).denseRank = rank++;
                if (rank == pool) {
                    return;
                }
            }
        }
    }

    private ScoreDoc[] search(Query query, int limit) {
        try {
            return searcher.search(query, limit).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entry's best cosine over all its phrasings in the query's family, computed exactly. */
    private void bestCosine(Candidate candidate, float[] queryVector, LanguageFamily family) {
        for (Phrasing p : phrasingsOfEntry(candidate.entry)) {
            if (p.vector() != null && p.family() == family) {
                double cosine = dot(queryVector, p.vector());
                if (cosine > candidate.cosine) {
                    candidate.cosine = cosine;
                }
            }
        }
    }

    /**
     * The best overlap over the entry's phrasings in the query's family (any, if it has none); the
     * candidate's phrasing becomes the one that overlaps most, since BM25 may rank a longer one first.
     */
    private void bestOverlap(Candidate candidate, QueryTerms terms, LanguageFamily family) {
        List<Phrasing> ofEntry = phrasingsOfEntry(candidate.entry);
        boolean hasFamily = ofEntry.stream().anyMatch(p -> p.family() == family);
        double best = -1;
        for (Phrasing p : ofEntry) {
            if (hasFamily && p.family() != family) {
                continue;
            }
            double overlap = overlap(terms, p);
            if (overlap > best) {
                best = overlap;
                candidate.phrasing = p.ordinal();
            }
        }
        candidate.overlap = Math.max(0, best);
    }

    private List<Phrasing> phrasingsOfEntry(int entry) {
        int first = firstOfEntry(entry);
        int end = first;
        while (end < phrasings.size() && phrasings.get(end).entry() == entry) {
            end++;
        }
        return phrasings.subList(first, end);
    }

    private int firstOfEntry(int entry) {
        int low = 0, high = phrasings.size() - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (phrasings.get(mid).entry() < entry) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /**
     * IDF-weighted F1 of the query's tokens against a phrasing's: how much of what the customer
     * said is in the phrasing, and how much of the phrasing the customer said. Words the index has
     * never seen weigh the most, so an unknown topic lowers it.
     */
    private double overlap(QueryTerms query, Phrasing phrasing) {
        double shared = 0;
        for (Map.Entry<String, Double> term : query.idf().entrySet()) {
            if (phrasing.tokens().contains(term.getKey())) {
                shared += term.getValue();
            }
        }
        if (shared == 0) {
            return 0;
        }
        double recall = shared / query.weight();
        double precision = shared / phrasingWeight[phrasing.ordinal()];
        return 2 * recall * precision / (recall + precision);
    }

    /** The distinct tokens of a query in one family with their IDF, and the sum of those. */
    private record QueryTerms(Map<String, Double> idf, double weight) {
    }

    private QueryTerms queryTerms(String text, LanguageFamily family) {
        Map<String, Double> idf = new LinkedHashMap<>();
        double weight = 0;
        for (String token : Analysis.tokens(analyzers.of(family), text)) {
            if (!idf.containsKey(token)) {
                double value = idf(family, token);
                idf.put(token, value);
                weight += value;
            }
        }
        return new QueryTerms(idf, weight);
    }

    private double idf(LanguageFamily family, String token) {
        int n = phrasings.size();
        int df = phrasingDocFreq.getOrDefault(family + ":" + token, 0);
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    boolean tryAcquire() {
        return reader.tryIncRef();
    }

    void release() {
        try {
            reader.decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
