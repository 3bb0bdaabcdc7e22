package dev.kefu.sentiment.moderation;

import dev.kefu.text.script.ChineseScript;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A list of terms matched against text folded by {@link EvasionNormalizer}. One term a line,
 * optionally followed by a tab, a {@link Category} and a tab and a {@link Severity}; {@code #}
 * starts a comment. Terms may be written in Simplified or Traditional characters and use a small
 * pattern language:
 * <ul>
 *   <li>{@code (a|b)} alternatives, {@code ?} makes the character or group before it optional;</li>
 *   <li>{@code *} after a Latin letter continues the word (fuck* is fucking, fucker…);</li>
 *   <li>a space is an optional space, {@code _} skips up to two words (you _stupid);</li>
 *   <li>a Latin letter also matches itself doubled and, inside a word, a mask (f*ck, a**hole);
 *       a backslash makes the next character literal ({@code f\*\*\*} is f***);</li>
 *   <li>a term that begins or ends with a Latin letter or a digit matches whole words only
 *       (ass is not in class, sb is not in usb).</li>
 * </ul>
 */
final class Lexicon {

    /** One entry of a lexicon, with what a match means; a text without its {@link TermAnchors} is not searched. */
    record Term(String source, Pattern pattern, String anchors, Category category, Severity severity) {

        Optional<String> find(String folded) {
            if (!TermAnchors.mayMatch(anchors, folded)) {
                return Optional.empty();
            }
            Matcher m = pattern.matcher(folded);
            return m.find() ? Optional.of(m.group()) : Optional.empty();
        }
    }

    /** A term found in a text, and the text it matched. */
    record Hit(Term term, String text) {
        Moderation moderation() {
            return new Moderation(term.category(), term.severity(), text);
        }
    }

    private static final String WORD_CHAR = "[a-z0-9*]";
    private static final String GAP = "(?:[a-z'*]+ ){0,2}";

    private final List<Term> terms;

    private Lexicon(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    /** Reads the lexicon files bundled beside this class, one after the other, as one lexicon. */
    static Lexicon bundled(ChineseScript script, String... names) {
        List<Term> terms = new ArrayList<>();
        for (String name : names) {
            try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing lexicon " + name);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                terms.addAll(parse(reader.lines().toList(), name, script).terms);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Lexicon(terms);
    }

    /** Parses lexicon lines; a bad line fails with its number. */
    static Lexicon parse(List<String> lines, String source, ChineseScript script) {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t+");
            try {
                String term = script.toSimplified(cols[0].strip()).toLowerCase(Locale.ROOT);
                Category category = cols.length > 1 ? Category.valueOf(cols[1].strip()) : Category.NONE;
                Severity severity = cols.length > 2 ? Severity.valueOf(cols[2].strip()) : Severity.NONE;
                if (cols.length == 2 || cols.length > 3) {
                    throw new IllegalArgumentException("expected a term, or a term, a category and a severity");
                }
                terms.add(new Term(cols[0].strip(), Pattern.compile(compile(term)), TermAnchors.of(term), category, severity));
            } catch (IllegalArgumentException e) { // also a bad category, severity or pattern
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new Lexicon(terms);
    }

    /** The terms, in the order listed. */
    List<Term> terms() {
        return terms;
    }

    /** The worst term found in {@code folded}, as a finding whose cue is the text it matched. */
    Moderation worst(String folded) {
        return hits(folded).map(Hit::moderation).reduce(Moderation.clean(), Moderation::worse);
    }

    /** Every term found in {@code folded}, each with the first text it matched. */
    List<Hit> all(String folded) {
        return hits(folded).toList();
    }

    /** The first term listed that is found in {@code folded}. */
    Optional<Hit> first(String folded) {
        return hits(folded).findFirst();
    }

    private Stream<Hit> hits(String folded) {
        return terms.stream().flatMap(t -> t.find(folded).map(text -> new Hit(t, text)).stream());
    }

    /** {@code folded} with every match blanked out by underscores, so no other lexicon sees it. */
    String mask(String folded) {
        String masked = folded;
        for (Term term : terms) {
            if (!TermAnchors.mayMatch(term.anchors(), masked)) {
                continue;
            }
            char[] chars = null;
            for (Matcher m = term.pattern().matcher(masked); m.find(); ) {
                if (chars == null) {
                    chars = masked.toCharArray();
                }
                Arrays.fill(chars, m.start(), m.end(), '_');
            }
            if (chars != null) {
                masked = new String(chars);
            }
        }
        return masked;
    }

    /** Translates the pattern language into a regular expression. */
    private static String compile(String term) {
        StringBuilder re = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (isLetter(c)) {
                int run = 1;
                while (i + run < term.length() && term.charAt(i + run) == c) {
                    run++;
                }
                boolean inner = inWord && i + run < term.length() && isLetter(term.charAt(i + run));
                String letter = (inner ? "[" + c + "*]" : String.valueOf(c)) + (run >= 2 ? "{2}" : "{1,2}");
                i += run - 1;
                re.append(i + 1 < term.length() && term.charAt(i + 1) == '?' ? "(?:" + letter + ")" : letter);
                inWord = true;
            } else if (c == '*') {
                re.append("[a-z]*");
            } else if (c == '\\' && i + 1 < term.length()) {
                char literal = term.charAt(++i);
                re.append(isWordChar(literal) ? String.valueOf(literal) : "\\" + literal);
                inWord = false;
            } else if (c == '(') {
                re.append("(?:");
                inWord = false;
            } else if (c == '|') {
                re.append(c);
                inWord = false;
            } else if (c == ')' || c == '?') {
                re.append(c);
            } else if (c == ' ') {
                re.append(" ?");
                inWord = false;
            } else if (c == '_') {
                re.append(GAP);
                inWord = false;
            } else {
                re.append("\\.[]{}^$+-&~#".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c));
                inWord = false;
            }
        }
        String content = term.replaceAll("[()|?*]", "");
        if (content.isEmpty()) {
            throw new IllegalArgumentException("empty term");
        }
        boolean wordStart = isWordChar(content.charAt(0));
        boolean wordEnd = isWordChar(content.charAt(content.length() - 1));
        return (wordStart ? "(?<!" + WORD_CHAR + ")" : "") + re + (wordEnd ? "(?!" + WORD_CHAR + ")" : "");
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
