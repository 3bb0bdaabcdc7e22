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
 * Chinese is left as it is: its negators (不, 没, 别) are single characters that its character
 * bigrams already pair with the word they negate; a text without a negator is returned unread, so
 * a long Chinese review costs a few substring searches.
 */
final class NegationScope {

    static final String MARK = "neg'";

    private static final Set<String> NEGATORS = Set.of("not", "n't", "no", "never", "nothing", "nobody", "none", "nor",
            "neither", "without", "hardly", "cannot", "cant");
    private static final Set<String> BREAKS = Set.of("but", "however", "yet", "although", "though");
    /** A Latin word (apostrophes inside, as in n't), or one clause-breaking punctuation mark. */
    private static final Pattern TOKEN = Pattern.compile("(\\p{IsLatin}[\\p{IsLatin}\\p{Nd}']*|n't)|(--|[.,:;!?()–—。，、：；！？]+)");

    private NegationScope() {
    }

    static String mark(String text) {
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
