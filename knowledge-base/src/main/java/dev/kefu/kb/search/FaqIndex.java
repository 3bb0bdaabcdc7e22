package dev.kefu.kb.search;

import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.FaqVariant;
import dev.kefu.text.analysis.Analysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * One immutable Lucene index over a set of entries: a document per phrasing (the question and
 * each alternate) of each language variant, so that BM25 compares the query with one way of
 * asking at a time, and the answer beside it with a lower weight. Chinese and English phrasings go
 * to fields of their own analyzer; a query is analyzed for every field, so mixed text still finds
 * Latin product names inside Chinese entries.
 */
final class FaqIndex {

    private static final String ORD = "ord";
    private static final int MAX_QUERY_TERMS = 64;
    private static final int CANDIDATE_DOCS = 64;

    private final List<FaqEntry> entries;
    private final List<Phrasing> phrasings;
    private final int[] phrasingOfDoc;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzers analyzers;
    private final FieldWeights weights;
    private final Map<String, Integer> phrasingDocFreq;

    /**
     * A way of asking an entry, with the tokens it analyzes to; the phrasings of one variant stand
     * together, from {@code first} for {@code count}.
     */
    record Phrasing(int entry, FaqVariant variant, String text, Set<String> tokens, int first, int count) {
    }

    private FaqIndex(List<FaqEntry> entries, List<Phrasing> phrasings, DirectoryReader reader,
                     Analyzers analyzers, FieldWeights weights) throws IOException {
        this.entries = entries;
        this.phrasings = phrasings;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.analyzers = analyzers;
        this.weights = weights;
        this.phrasingOfDoc = new int[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues ords = leaf.reader().getNumericDocValues(ORD);
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                ords.advanceExact(doc);
                phrasingOfDoc[leaf.docBase + doc] = (int) ords.longValue();
            }
        }
        Map<String, Integer> df = new HashMap<>();
        for (Phrasing p : phrasings) {
            for (String token : p.tokens()) {
                df.merge(p.variant().language().isChinese() ? "zh:" + token : "en:" + token, 1, Integer::sum);
            }
        }
        this.phrasingDocFreq = df;
    }

    static FaqIndex build(List<FaqEntry> entries, Analyzers analyzers, FieldWeights weights) {
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            Analyzer perField = new PerFieldAnalyzerWrapper(analyzers.english(), Map.of(
                    Fields.PHRASE_ZH, analyzers.chinese(), Fields.ANSWER_ZH, analyzers.chinese()));
            List<Phrasing> phrasings = new ArrayList<>();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(perField))) {
                for (int e = 0; e < entries.size(); e++) {
                    for (FaqVariant variant : entries.get(e).variants()) {
                        Analyzer analyzer = analyzers.of(variant.language());
                        int first = phrasings.size();
                        int count = variant.phrasings().size();
                        for (String text : variant.phrasings()) {
                            Document doc = new Document();
                            doc.add(new TextField(Fields.phrase(variant.language()), text, Field.Store.NO));
                            doc.add(new TextField(Fields.answer(variant.language()), variant.answer(), Field.Store.NO));
                            doc.add(new NumericDocValuesField(ORD, phrasings.size()));
                            writer.addDocument(doc);
                            phrasings.add(new Phrasing(e, variant, text,
                                    new LinkedHashSet<>(Analysis.tokens(analyzer, text)), first, count));
                        }
                    }
                }
                writer.commit();
            }
            return new FaqIndex(List.copyOf(entries), List.copyOf(phrasings), DirectoryReader.open(directory),
                    analyzers, weights);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<FaqEntry> entries() {
        return entries;
    }

    /** The best {@code limit} entries for the text, each with its best phrasing and a confidence. */
    List<Match> search(String text, int limit) {
        Query query = query(text);
        if (query == null) {
            return List.of();
        }
        try {
            TopDocs top = searcher.search(query, Math.max(CANDIDATE_DOCS, limit * 4));
            List<Match> matches = new ArrayList<>(limit);
            Set<Integer> seenEntries = new LinkedHashSet<>();
            Map<String, List<String>> queryTokens = new HashMap<>();
            for (ScoreDoc hit : top.scoreDocs) {
                Phrasing phrasing = phrasings.get(phrasingOfDoc[hit.doc]);
                if (seenEntries.add(phrasing.entry())) {
                    matches.add(toMatch(phrasing, hit.score, text, queryTokens));
                    if (matches.size() == limit) {
                        break;
                    }
                }
            }
            return matches;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Match toMatch(Phrasing hit, float score, String text, Map<String, List<String>> queryTokensByFamily) {
        FaqVariant variant = hit.variant();
        String family = variant.language().isChinese() ? "zh:" : "en:";
        List<String> queryTokens = queryTokensByFamily.computeIfAbsent(family,
                f -> Analysis.tokens(analyzers.of(variant.language()), text));
        Phrasing best = hit;
        double bestConfidence = -1;
        // the confidence looks at every phrasing of the variant: BM25 may rank a longer one first
        for (Phrasing p : phrasings.subList(hit.first(), hit.first() + hit.count())) {
            double c = overlap(queryTokens, p.tokens(), family);
            if (c > bestConfidence) {
                bestConfidence = c;
                best = p;
            }
        }
        return new Match(entries.get(hit.entry()), best.text(), score, bestConfidence);
    }

    /**
     * IDF-weighted F1 of the query's tokens against a phrasing's: how much of what the customer
     * said is in the phrasing, and how much of the phrasing the customer said. Words the index has
     * never seen weigh the most, so an unknown topic lowers the confidence.
     */
    private double overlap(List<String> queryTokens, Set<String> phrasingTokens, String family) {
        Set<String> query = new LinkedHashSet<>(queryTokens);
        double queryWeight = 0, phrasingWeight = 0, shared = 0;
        for (String token : query) {
            double idf = idf(family + token);
            queryWeight += idf;
            if (phrasingTokens.contains(token)) {
                shared += idf;
            }
        }
        for (String token : phrasingTokens) {
            phrasingWeight += idf(family + token);
        }
        if (shared == 0) {
            return 0;
        }
        double recall = shared / queryWeight;
        double precision = shared / phrasingWeight;
        return 2 * recall * precision / (recall + precision);
    }

    private double idf(String familyToken) {
        int n = phrasings.size();
        int df = phrasingDocFreq.getOrDefault(familyToken, 0);
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    private Query query(String text) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        int clauses = 0;
        clauses += addTerms(builder, Fields.PHRASE_ZH, analyzers.chinese(), text, weights.phrase());
        clauses += addTerms(builder, Fields.PHRASE_EN, analyzers.english(), text, weights.phrase());
        if (weights.answer() > 0) {
            clauses += addTerms(builder, Fields.ANSWER_ZH, analyzers.chinese(), text, weights.answer());
            clauses += addTerms(builder, Fields.ANSWER_EN, analyzers.english(), text, weights.answer());
        }
        return clauses == 0 ? null : builder.build();
    }

    private static int addTerms(BooleanQuery.Builder builder, String field, Analyzer analyzer, String text, float weight) {
        Set<String> tokens = new LinkedHashSet<>(Analysis.tokens(analyzer, text));
        int added = 0;
        for (String token : tokens) {
            if (added == MAX_QUERY_TERMS) {
                break;
            }
            builder.add(new BoostQuery(new TermQuery(new Term(field, token)), weight), BooleanClause.Occur.SHOULD);
            added++;
        }
        return added;
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
