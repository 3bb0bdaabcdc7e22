package dev.kefu.text;

import java.util.Locale;

/**
 * The languages kefu understands and answers in, as BCP 47 tags. Chinese is split by script
 * because a customer who writes Traditional characters expects them back.
 */
public enum Language {
    ZH_HANS("zh-Hans"),
    ZH_HANT("zh-Hant"),
    EN("en"),
    /** Text with no letters to go by (digits, emoji, punctuation) or in a language kefu does not serve. */
    UNDETERMINED("und");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public boolean isChinese() {
        return this == ZH_HANS || this == ZH_HANT;
    }

    /** Parses a tag such as {@code zh-Hans}, {@code zh-TW}, {@code zh}, {@code en-US}; unknown tags give {@link #UNDETERMINED}. */
    public static Language fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return UNDETERMINED;
        }
        String t = tag.trim().replace('_', '-').toLowerCase(Locale.ROOT);
        if (t.startsWith("zh")) {
            return t.contains("hant") || t.endsWith("-tw") || t.endsWith("-hk") || t.endsWith("-mo")
                    ? ZH_HANT : ZH_HANS;
        }
        if (t.equals("en") || t.startsWith("en-")) {
            return EN;
        }
        return UNDETERMINED;
    }
}
