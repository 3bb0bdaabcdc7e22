package dev.kefu.sentiment.trained;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the English words a negation governs, so that the n-grams of "not good at all" are not
 * those of "good at all": every word after a negator ({@code not}, {@code n't}, {@code never},
 * {@code no}, ...) up to the next clause break (punctuation, "but") is read as {@code neg'word}.
 * The apostrophe keeps the marked word one token for {@link dev.kefu.text.learn.NgramFeatures}.
 * In Chinese the one or two Han characters right after a negator (不, 没, 别, 无, 非, in either
 * script) are read a second time, marked, after the text: 不新鲜 stays 不新鲜, so its character
 * n-grams are kept, and adds {@code neg'新 neg'鲜}, so "fresh" under a negation counts apart from
 * "fresh" itself. A text without an English negator skips the English pass, so a long Chinese
 * review costs a few substring searches and one pass over its characters.
 */
final class NegationScope {

    static final String MARK = "neg'";

    private static final Set<String> NEGATORS = Set.of("not", "n't", "no", "never", "nothing", "nobody", "none", "nor",
            "neither", "without", "hardly", "cannot", "cant");
    private static final Set<String> BREAKS = Set.of("but", "however", "yet", "although", "though");
    /** A Latin word (apostrophes inside, as in n't), or one clause-breaking punctuation mark. */
    private static final Pattern TOKEN = Pattern.compile("(\\p{IsLatin}[\\p{IsLatin}\\p{Nd}']*|n't)|(--|[.,:;!?()–—。，、：；！？]+)");
    /** Chinese negators, Simplified and Traditional: each governs the Han characters right after it. */
    private static final String CHINESE_NEGATORS = "不没沒别別无無非";
    /** How many Han characters after a Chinese negator it governs: a word of one or two. */
    private static final int CHINESE_SCOPE = 2;

    private NegationScope() {
    }

    /** The text with the words (English) and characters (Chinese) a negation governs marked. */
    static String mark(String text) {
        return markChinese(markEnglish(text));
    }

    private static String markChinese(String text) {
        StringBuilder marked = null;
        for (int i = 0; i < text.length(); i++) {
            if (CHINESE_NEGATORS.indexOf(text.charAt(i)) < 0) {
                continue;
            }
            int next = i + 1;
            for (int n = 0; n < CHINESE_SCOPE && next < text.length(); n++) {
                int c = text.codePointAt(next);
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                    break;
                }
                marked = marked == null ? new StringBuilder(text) : marked;
                marked.append(' ').append(MARK).appendCodePoint(c);
                next += Character.charCount(c);
            }
        }
        return marked == null ? text : marked.toString();
    }

    private static String markEnglish(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (NEGATORS.stream().noneMatch(lower::contains)) {
            return text;
        }
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean negated = false;
        while (m.find()) {
            if (m.group(2) != null) {
                negated = false;
                continue;
            }
            String word = m.group(1).toLowerCase(Locale.ROOT);
            if (BREAKS.contains(word)) {
                negated = false;
            } else if (negated) {
                m.appendReplacement(out, MARK + "$1");
                continue;
            }
            if (NEGATORS.contains(word)) {
                negated = true;
            }
        }
        m.appendTail(out);
        return out.toString();
    }
}
