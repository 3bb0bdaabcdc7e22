package dev.kefu.text.analysis;

import dev.kefu.text.normalize.TextNormalizer;
import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * English text for search and classification: normalize, tokenize, lower-case, drop stop words,
 * stem. The stop words add the pronouns and question words every customer question has, which
 * say nothing about its topic. Given a {@link SynonymMap} (see {@code dev.kefu.text.synonyms.Synonyms}),
 * it also emits the synonyms of what it read, for queries.
 */
public final class EnglishTextAnalyzer extends Analyzer {

    private static final CharArraySet STOP_WORDS = stopWords();

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        words.addAll(List.of("i", "me", "my", "we", "our", "you", "your", "do", "does", "did", "can", "could",
                "would", "should", "how", "what", "where", "when", "which", "who", "why", "please", "am", "has", "have"));
        return CharArraySet.unmodifiableSet(words);
    }

    private final SynonymMap synonyms;

    public EnglishTextAnalyzer() {
        this(SynonymStage.NONE);
    }

    /** Synonyms parsed through this analyzer's own chain, so that they match its tokens. */
    public EnglishTextAnalyzer(SynonymMap synonyms) {
        this.synonyms = synonyms;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return NormalizingReader.wrap(reader, TextNormalizer::normalize);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new PorterStemFilter(stream);
        stream = SynonymStage.append(stream, synonyms);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
