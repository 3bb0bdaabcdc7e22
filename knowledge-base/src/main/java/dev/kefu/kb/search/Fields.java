package dev.kefu.kb.search;

import dev.kefu.text.Language;

/** The index fields: one per kind of text and language family, each with its own analyzer. */
final class Fields {
    static final String PHRASE_ZH = "phrase_zh";
    static final String PHRASE_EN = "phrase_en";
    static final String ANSWER_ZH = "answer_zh";
    static final String ANSWER_EN = "answer_en";

    private Fields() {
    }

    static String phrase(Language language) {
        return language.isChinese() ? PHRASE_ZH : PHRASE_EN;
    }

    static String answer(Language language) {
        return language.isChinese() ? ANSWER_ZH : ANSWER_EN;
    }
}
