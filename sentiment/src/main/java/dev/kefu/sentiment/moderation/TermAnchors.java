package dev.kefu.sentiment.moderation;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The characters of which every match of a {@link Lexicon} term contains at least one, read from
 * the term in the lexicon's pattern language: a text with none of them cannot match, so the
 * term's regular expression need not run on it. A letter counts with the mask {@code *} it may
 * be written as inside a word; optional parts, spaces, gaps and continuations require nothing;
 * alternatives require one of their anchors each.
 */
final class TermAnchors {

    private final String term;
    private int pos;

    private TermAnchors(String term) {
        this.term = term;
    }

    /** The anchors of {@code term} (folded as the lexicon compiles it), or null when a match may contain none of its characters. */
    static String of(String term) {
        TermAnchors parser = new TermAnchors(term);
        Set<Character> anchors = parser.alternatives();
        if (anchors == null || parser.pos != term.length()) {
            return null;
        }
        return anchors.stream().map(String::valueOf).collect(Collectors.joining());
    }

    /** Whether {@code text} holds one of {@code anchors} (null anchors: it may always match). */
    static boolean mayMatch(String anchors, String text) {
        if (anchors == null) {
            return true;
        }
        for (int i = 0; i < anchors.length(); i++) {
            if (text.indexOf(anchors.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    // alternatives separated by |, up to a closing parenthesis or the end: one of them matches
    private Set<Character> alternatives() {
        Set<Character> union = new TreeSet<>();
        boolean everyOneAnchored = true;
        while (true) {
            Set<Character> one = sequence();
            if (one == null) {
                everyOneAnchored = false;
            } else {
                union.addAll(one);
            }
            if (pos < term.length() && term.charAt(pos) == '|') {
                pos++;
            } else {
                return everyOneAnchored ? union : null;
            }
        }
    }

    // items up to | or ) or the end: the anchors of its first required item that has some
    private Set<Character> sequence() {
        Set<Character> chosen = null;
        while (pos < term.length() && term.charAt(pos) != '|' && term.charAt(pos) != ')') {
            Set<Character> item = item();
            boolean optional = pos < term.length() && term.charAt(pos) == '?';
            if (optional) {
                pos++;
            }
            if (chosen == null && !optional) {
                chosen = item;
            }
        }
        return chosen;
    }

    private Set<Character> item() {
        char c = term.charAt(pos++);
        if (c == '(') {
            Set<Character> inside = alternatives();
            if (pos < term.length() && term.charAt(pos) == ')') {
                pos++;
            }
            return inside;
        }
        if (c == '\\' && pos < term.length()) {
            return Set.of(term.charAt(pos++));
        }
        if (c >= 'a' && c <= 'z') {
            // a run of one letter is one unit, optional as a whole (ss? is s{2} or nothing)
            while (pos < term.length() && term.charAt(pos) == c) {
                pos++;
            }
            return Set.of(c, '*');
        }
        // a continuation, an optional space, a gap or a stray quantifier may match nothing
        return c == '*' || c == ' ' || c == '_' || c == '?' ? null : Set.of(c);
    }
}
