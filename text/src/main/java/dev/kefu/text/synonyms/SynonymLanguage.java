package dev.kefu.text.synonyms;

import java.lang.Character.UnicodeScript;
import java.util.Optional;

/** Which analyzer a line of the synonym file is for, told by its script: any Han character makes it Chinese. */
enum SynonymLanguage {
    CHINESE, ENGLISH;

    /** Empty when the line has letters of a script other than Han and Latin (Cyrillic, kana, Hangul…). */
    static Optional<SynonymLanguage> of(String line) {
        boolean han = false;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            UnicodeScript script = UnicodeScript.of(cp);
            han |= script == UnicodeScript.HAN;
            if (Character.isLetter(cp) && script != UnicodeScript.HAN && script != UnicodeScript.LATIN) {
                return Optional.empty();
            }
        }
        return Optional.of(han ? CHINESE : ENGLISH);
    }
}
