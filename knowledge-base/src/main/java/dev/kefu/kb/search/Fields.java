package dev.kefu.kb.search;

import dev.kefu.text.embed.LanguageFamily;
/** The index fields: one per kind of text and language family, each with its own analyzer or model. */
final class Fields {
    static final String PHRASE_ZH = "phrase_zh";
    static final String PHRASE_EN = "phrase_en";
    static final String ANSWER_ZH = "answer_zh";
    static final String ANSWER_EN = "answer_en";
    static final String VECTOR_ZH = "vector_zh";
    static final String VECTOR_EN = "vector_en";

    private Fields() {
    }

    static String phrase(LanguageFamily family) {
        return family == LanguageFamily.CHINESE ? PHRASE_ZH : PHRASE_EN;
    }

    static String answer(LanguageFamily family) {
        return family == LanguageFamily.CHINESE ? ANSWER_ZH : ANSWER_EN;
    }

    static String vector(LanguageFamily family) {
        return family == LanguageFamily.CHINESE ? VECTOR_ZH : VECTOR_EN;
    }
}
