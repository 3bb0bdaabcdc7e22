package dev.kefu.text.synonyms;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;

/** A query analyzer's own chain, with its tokens laid end to end, to read synonym entries into the tokens it emits. */
final class SynonymEntryAnalyzer extends AnalyzerWrapper {

    private final Analyzer chain;

    SynonymEntryAnalyzer(Analyzer chain) {
        super(chain.getReuseStrategy());
        this.chain = chain;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return chain;
    }

    @Override
    protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        return new TokenStreamComponents(components.getSource(),
                new ContiguousPositionsFilter(components.getTokenStream()));
    }
}
