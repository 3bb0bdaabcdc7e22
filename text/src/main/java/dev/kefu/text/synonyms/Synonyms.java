package dev.kefu.text.synonyms;

import dev.kefu.text.analysis.ChineseAnalyzer;
import dev.kefu.text.analysis.EnglishTextAnalyzer;
import dev.kefu.text.script.ChineseScript;
import java.io.IOException;
import java.io.InputStream;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * A user's synonyms, one Lucene {@link SynonymMap} per analyzer, for the query side of search.
 *
 * <p>The file is UTF-8 in Solr's format, one rule a line, Chinese and English lines mixed:
 * {@code 退款, 退钱, 把钱退回} makes equivalent terms, {@code 快递 => 物流} rewrites one way,
 * {@code #} starts a comment line. A line is Chinese when it has a Han character and English when
 * its letters are Latin. Each entry is read through the analyzer it is for (normalized, Traditional
 * folded, stemmed), so {@code 退錢} and {@code refunds} match what the analyzers emit. Pass
 * {@link #chinese()} to {@link ChineseAnalyzer#ChineseAnalyzer(ChineseScript, SynonymMap)} and
 * {@link #english()} to {@link EnglishTextAnalyzer#EnglishTextAnalyzer(SynonymMap)}.
 */
public record Synonyms(SynonymMap chinese, SynonymMap english) {

    /** No synonyms at all. */
    public static Synonyms none() {
        return new Synonyms(new SynonymMap(null, null, 0), new SynonymMap(null, null, 0));
    }

    /** Reads a whole synonym file; any bad line rejects the file with every problem listed. */
    public static Synonyms read(InputStream in, ChineseScript script) throws IOException, SynonymFileException {
        return parse(in.readAllBytes(), script);
    }

    /** Parses the bytes of a synonym file, which must be UTF-8 (a byte-order mark is allowed). */
    public static Synonyms parse(byte[] file, ChineseScript script) throws SynonymFileException {
        return SynonymFileParser.parse(file, script);
    }
}
