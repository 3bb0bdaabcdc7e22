package dev.kefu.kb.search;

import dev.kefu.text.Language;
import dev.kefu.text.analysis.ChineseAnalyzer;
import dev.kefu.text.analysis.EnglishTextAnalyzer;
import dev.kefu.text.script.ChineseScript;
import org.apache.lucene.analysis.Analyzer;

/** The analyzer of each language family; Traditional shares the Chinese one, which folds it. */
record Analyzers(Analyzer chinese, Analyzer english) {

    static Analyzers create(ChineseScript script) {
        return new Analyzers(new ChineseAnalyzer(script), new EnglishTextAnalyzer());
    }

    Analyzer of(Language language) {
        return of(LanguageFamily.of(language));
    }

    Analyzer of(LanguageFamily family) {
        return family == LanguageFamily.CHINESE ? chinese : english;
    }
}
