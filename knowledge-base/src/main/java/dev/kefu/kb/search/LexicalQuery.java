package dev.kefu.kb.search;

import dev.kefu.text.analysis.Analysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The BM25 query of a customer's text: its terms, with the user's synonyms, in every text field,
 * boosted per field. An English word the index does not know is looked up with one or two typos
 * forgiven (by its length), at a lower weight, so "refnd" still finds "refund".
 */
final class LexicalQuery {

    private static final int MAX_QUERY_TERMS = 64;
    private static final int MIN_FUZZY_LENGTH = 4;
    private static final int TWO_EDITS_LENGTH = 8;
    private static final float FUZZY_WEIGHT = 0.6f;
    private static final int FUZZY_EXPANSIONS = 8;

    private final Analyzers analyzers;
    private final FieldWeights weights;
    private final IndexReader reader;

    LexicalQuery(Analyzers analyzers, FieldWeights weights, IndexReader reader) {
        this.analyzers = analyzers;
        this.weights = weights;
        this.reader = reader;
    }

    /** The query, or null when the text has no term to search. */
    Query build(String text) {
        Set<String> chinese = terms(analyzers.chineseQuery(), text);
        Set<String> english = terms(analyzers.englishQuery(), text);
        if (chinese.isEmpty() && english.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        addTerms(builder, Fields.PHRASE_ZH, chinese, weights.phrase(), false);
        addTerms(builder, Fields.PHRASE_EN, english, weights.phrase(), true);
        if (weights.answer() > 0) {
            addTerms(builder, Fields.ANSWER_ZH, chinese, weights.answer(), false);
            addTerms(builder, Fields.ANSWER_EN, english, weights.answer(), false);
        }
        return builder.build();
    }

    /** The distinct terms of the text, at most {@link #MAX_QUERY_TERMS}. */
    private static Set<String> terms(Analyzer analyzer, String text) {
        return Analysis.tokens(analyzer, text).stream().distinct().limit(MAX_QUERY_TERMS)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void addTerms(BooleanQuery.Builder builder, String field, Set<String> tokens, float weight, boolean forgiveTypos) {
        for (String token : tokens) {
            Term term = new Term(field, token);
            Query query = forgiveTypos && isTypoCandidate(term)
                    ? new BoostQuery(new FuzzyQuery(term, token.length() >= TWO_EDITS_LENGTH ? 2 : 1, 1, FUZZY_EXPANSIONS, true),
                    weight * FUZZY_WEIGHT)
                    : new BoostQuery(new TermQuery(term), weight);
            builder.add(query, BooleanClause.Occur.SHOULD);
        }
    }

    private boolean isTypoCandidate(Term term) {
        if (term.text().length() < MIN_FUZZY_LENGTH || !term.text().chars().allMatch(Character::isLetter)) {
            return false;
        }
        try {
            return reader.docFreq(term) == 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
