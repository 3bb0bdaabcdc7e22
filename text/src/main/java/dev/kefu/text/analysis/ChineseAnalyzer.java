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

/**
 * Chinese text for search and classification: normalize, fold Traditional to Simplified, then
 * index every Han character and every pair of adjacent ones. Characters and bigrams need no
 * dictionary, so new product names and slang still match; Latin words inside Chinese text
 * (iPhone, VIP, App) are lower-cased and stemmed as in English.
 */
public final class ChineseAnalyzer extends Analyzer {

    private final ChineseScript script;

    public ChineseAnalyzer(ChineseScript script) {
        this.script = script;
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
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
