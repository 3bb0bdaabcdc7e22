package dev.kefu.text.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/** The last step of an analyzer given synonyms: add them to the token stream, flattened for a bag of terms. */
final class SynonymStage {

    /** No synonyms: the analyzers' chains stay as they were. */
    static final SynonymMap NONE = new SynonymMap(null, null, 0);

    private SynonymStage() {
    }

    static TokenStream append(TokenStream stream, SynonymMap synonyms) {
        if (synonyms.fst == null) {
            return stream;
        }
        return new FlattenGraphFilter(new SynonymGraphFilter(stream, synonyms, false));
    }
}
