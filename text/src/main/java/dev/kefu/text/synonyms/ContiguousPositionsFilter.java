package dev.kefu.text.synonyms;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Lays a synonym entry's tokens end to end: the synonym filter matches the sequence of tokens the
 * query analyzer emits regardless of their positions, so stacked bigrams and stop-word gaps become
 * plain steps the synonym parser accepts.
 */
final class ContiguousPositionsFilter extends TokenFilter {

    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);

    ContiguousPositionsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        increment.setPositionIncrement(1);
        length.setPositionLength(1);
        return true;
    }
}
