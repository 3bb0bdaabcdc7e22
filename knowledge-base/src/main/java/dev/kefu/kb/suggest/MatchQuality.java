package dev.kefu.kb.suggest;

/**
 * How well what the customer typed matches a phrasing, best first. Chinese has no spaces between
 * words, so every Han character starts a word.
 */
enum MatchQuality {
    /** The phrasing begins with the typed text. */
    START,
    /** The typed text appears in the phrasing from the start of a word. */
    WORD,
    /** Each typed word appears from the start of some word, in any order. */
    ALL_WORDS;

    /** The quality, or null when the phrasing does not match at all. */
    static MatchQuality of(String typed, String phrasing) {
        if (phrasing.startsWith(typed)) {
            return START;
        }
        if (wordStartIndex(phrasing, typed) >= 0) {
            return WORD;
        }
        String[] words = typed.split(" ");
        if (words.length > 1) {
            for (String word : words) {
                if (wordStartIndex(phrasing, word) < 0) {
                    return null;
                }
            }
            return ALL_WORDS;
        }
        return null;
    }

    /** Where {@code part} first occurs in {@code text} from the start of a word, or -1. */
    static int wordStartIndex(String text, String part) {
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            if (at == 0 || text.charAt(at - 1) == ' '
                    || MatchText.isHan(text.codePointAt(at)) || MatchText.isHan(text.codePointBefore(at))) {
                return at;
            }
        }
        return -1;
    }
}
