package dev.kefu.kb.search;

import dev.kefu.text.embed.LanguageFamily;
import dev.kefu.text.Language;
import dev.kefu.text.analysis.ChineseAnalyzer;
import dev.kefu.text.analysis.EnglishTextAnalyzer;
import dev.kefu.text.script.ChineseScript;
import dev.kefu.text.synonyms.Synonyms;
import org.apache.lucene.analysis.Analyzer;

/**
 * The analyzer of each language family, and the query-side ones that also emit the user's
 * synonyms; Traditional shares the Chinese ones, which fold it.
 */
record Analyzers(Analyzer chinese, Analyzer english, Analyzer chineseQuery, Analyzer englishQuery) {

    static Analyzers create(ChineseScript script, Synonyms synonyms) {
        return new Analyzers(new ChineseAnalyzer(script), new EnglishTextAnalyzer(),
                new ChineseAnalyzer(script, synonyms.chinese()), new EnglishTextAnalyzer(synonyms.english()));
    }

    Analyzer of(Language language) {
        return of(LanguageFamily.of(language));
    }

    Analyzer of(LanguageFamily family) {
        return family == LanguageFamily.CHINESE ? chinese : english;
    }
}
