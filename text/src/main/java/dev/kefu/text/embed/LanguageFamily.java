package dev.kefu.text.embed;

import dev.kefu.text.Language;

/** The two language families that each have an analyzer, a vector field and an embedding model. */
public enum LanguageFamily {
    CHINESE, ENGLISH;

    public static LanguageFamily of(Language language) {
        return language.isChinese() ? CHINESE : ENGLISH;
    }

    /** A query with any Han character is read as Chinese: mixed text is mostly Chinese with Latin names. */
    public static LanguageFamily ofQuery(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? CHINESE : ENGLISH;
    }
}
