package dev.kefu.text.analysis;

import dev.kefu.text.script.ChineseScript;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Chinese text for search and classification: normalize, fold Traditional to Simplified, then
 * index every Han character and every pair of adjacent ones. Characters and bigrams need no
 * dictionary, so new product names and slang still match; Latin words inside Chinese text
 * (iPhone, VIP, App) are lower-cased and stemmed as in English. Given a {@link SynonymMap} (see
 * {@code dev.kefu.text.synonyms.Synonyms}), it also emits the synonyms of what it read, for queries.
 */
public final class ChineseAnalyzer extends Analyzer {

    private final ChineseScript script;
    private final SynonymMap synonyms;

    public ChineseAnalyzer(ChineseScript script) {
        this(script, SynonymStage.NONE);
    }

    /** Synonyms parsed through this analyzer's own chain, so that they match its tokens. */
    public ChineseAnalyzer(ChineseScript script, SynonymMap synonyms) {
        this.script = script;
        this.synonyms = synonyms;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return NormalizingReader.wrap(reader, NormalizingReader.normalizeAndFold(script));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN, true);
        stream = new PorterStemFilter(stream);
        stream = SynonymStage.append(stream, synonyms);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
