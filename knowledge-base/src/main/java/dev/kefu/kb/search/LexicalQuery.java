package dev.kefu.kb.search;

import dev.kefu.text.analysis.Analysis;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** The BM25 query of a customer's text: its terms in every text field, boosted per field. */
final class LexicalQuery {

    private static final int MAX_QUERY_TERMS = 64;

    private final Analyzers analyzers;
    private final FieldWeights weights;

    LexicalQuery(Analyzers analyzers, FieldWeights weights) {
        this.analyzers = analyzers;
        this.weights = weights;
    }

    /** The query, or null when the text has no term to search. */
    Query build(String text) {
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
}
