package dev.kefu.kb.search;

import dev.kefu.text.analysis.Analysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
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
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        int clauses = 0;
        clauses += addTerms(builder, Fields.PHRASE_ZH, analyzers.chineseQuery(), text, weights.phrase(), false);
        clauses += addTerms(builder, Fields.PHRASE_EN, analyzers.englishQuery(), text, weights.phrase(), true);
        if (weights.answer() > 0) {
            clauses += addTerms(builder, Fields.ANSWER_ZH, analyzers.chineseQuery(), text, weights.answer(), false);
            clauses += addTerms(builder, Fields.ANSWER_EN, analyzers.englishQuery(), text, weights.answer(), false);
        }
        return clauses == 0 ? null : builder.build();
    }

    private int addTerms(BooleanQuery.Builder builder, String field, Analyzer analyzer, String text, float weight,
                         boolean forgiveTypos) {
        Set<String> tokens = new LinkedHashSet<>(Analysis.tokens(analyzer, text));
        int added = 0;
        for (String token : tokens) {
            if (added == MAX_QUERY_TERMS) {
                break;
            }
            Term term = new Term(field, token);
            Query query = forgiveTypos && isTypoCandidate(term)
                    ? new BoostQuery(new FuzzyQuery(term, token.length() >= TWO_EDITS_LENGTH ? 2 : 1, 1, FUZZY_EXPANSIONS, true),
                    weight * FUZZY_WEIGHT)
                    : new BoostQuery(new TermQuery(term), weight);
            builder.add(query, BooleanClause.Occur.SHOULD);
            added++;
        }
        return added;
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
