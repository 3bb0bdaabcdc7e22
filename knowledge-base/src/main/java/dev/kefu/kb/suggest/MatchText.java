package dev.kefu.kb.suggest;

import dev.kefu.text.normalize.TextNormalizer;
import dev.kefu.text.script.ChineseScript;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text brought to the one form typed text and questions are compared in: normalized, folded to
 * Simplified, lower-cased, markup removed, and everything but letters and digits a single space.
 */
final class MatchText {

    private static final Pattern TAG = Pattern.compile("<[^<>]*>");

    private MatchText() {
    }

    static String fold(String text, ChineseScript script) {
        String plain = TAG.matcher(TextNormalizer.normalize(text)).replaceAll(" ");
        String folded = script.toSimplified(plain).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean pendingSpace = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (pendingSpace) {
                    out.append(' ');
                }
                out.appendCodePoint(cp);
                pendingSpace = false;
            } else {
                pendingSpace = out.length() > 0;
            }
        }
        return out.toString();
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    static boolean hasHan(String text) {
        return text.codePoints().anyMatch(MatchText::isHan);
    }
}
