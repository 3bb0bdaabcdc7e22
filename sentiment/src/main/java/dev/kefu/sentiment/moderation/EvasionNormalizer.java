package dev.kefu.sentiment.moderation;

import dev.kefu.text.normalize.TextNormalizer;
import dev.kefu.text.script.ChineseScript;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the spellings people use to slip past a word filter, so that one lexicon entry catches
 * them all: full-width and stylised letters (ｓｂ, 𝐟𝐮𝐜𝐤), Traditional characters, Cyrillic or
 * Greek letters inside a Latin word (fuсk), leetspeak inside a word (sh1t, a$$hole, b!tch), a
 * letter repeated past two (fuuuuck), letters spelled out one by one (f u c k, s.b.), and symbols
 * or spaces between Chinese characters (傻 逼, 傻-逼, 傻❤逼). The result is lower case and keeps
 * clause punctuation, masks inside Latin words (f*ck) and ordinary word spacing. Thread-safe.
 */
final class EvasionNormalizer {

    private static final Map<Character, Character> LEET = Map.of(
            '0', 'o', '1', 'i', '3', 'e', '4', 'a', '5', 's', '7', 't', '@', 'a', '$', 's', '!', 'i');
    private static final Map<Character, Character> HOMOGLYPHS = Map.ofEntries(
            Map.entry('а', 'a'), Map.entry('е', 'e'), Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('с', 'c'),
            Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('і', 'i'), Map.entry('ѕ', 's'), Map.entry('ј', 'j'),
            Map.entry('к', 'k'), Map.entry('м', 'm'), Map.entry('α', 'a'), Map.entry('ε', 'e'), Map.entry('ι', 'i'),
            Map.entry('κ', 'k'), Map.entry('ν', 'v'), Map.entry('ο', 'o'), Map.entry('ρ', 'p'), Map.entry('τ', 't'),
            Map.entry('υ', 'u'), Map.entry('χ', 'x'));

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern LEET_WORD = Pattern.compile("[a-z0-9@$!]+");
    private static final Pattern LATIN = Pattern.compile("[a-z]");
    private static final Pattern CYRILLIC_OR_GREEK = Pattern.compile("[\\p{IsCyrillic}\\p{IsGreek}]");
    private static final Pattern REPEATED_LETTER = Pattern.compile("([a-z])\\1{2,}");
    // bounded: an unbounded repeat recurses once a letter and overflows the stack on "x x x …"
    private static final Pattern SPELLED_OUT = Pattern.compile("(?<![a-z0-9*])[a-z](?:[ .\\-_·•,/]{1,3}[a-z](?![a-z0-9*])){1,40}");
    private static final Pattern SPELLING_GAPS = Pattern.compile("[ .\\-_·•,/]+");
    // anything but letters, digits and clause ends, between a Han character and a Han character or Latin letter;
    // commas stay, or 一套，现在 would read 套现
    private static final String GAP = "[^\\p{L}\\p{N},、。！？!?；;…\\n]{1,4}";
    private static final Pattern HAN_GAP = Pattern.compile(
            "(?<=\\p{IsHan})" + GAP + "(?=[\\p{IsHan}a-z0-9])|(?<=[a-z0-9])" + GAP + "(?=\\p{IsHan})");

    private final ChineseScript script;

    EvasionNormalizer(ChineseScript script) {
        this.script = script;
    }

    /** The folded form the lexicons are matched against. */
    String fold(String text) {
        String folded = script.toSimplified(TextNormalizer.normalize(text)).toLowerCase(Locale.ROOT);
        folded = replace(WORD, folded, EvasionNormalizer::latinize);
        folded = replace(LEET_WORD, folded, EvasionNormalizer::unleet);
        folded = REPEATED_LETTER.matcher(folded).replaceAll("$1$1");
        folded = replace(SPELLED_OUT, folded, spelled -> SPELLING_GAPS.matcher(spelled).replaceAll(""));
        return HAN_GAP.matcher(folded).replaceAll("");
    }

    // only a word that mixes scripts is disguised; Russian or Greek text is left alone
    private static String latinize(String word) {
        if (!LATIN.matcher(word).find() || !CYRILLIC_OR_GREEK.matcher(word).find()) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length());
        word.chars().forEach(c -> out.append(HOMOGLYPHS.getOrDefault((char) c, (char) c)));
        return out.toString();
    }

    // between two letters a leet character stands for a letter; before the first only @ does (@ss), after the
    // last only $ does (a$$), so "fuck!!" and "cnm!!!" keep their punctuation
    private static String unleet(String word) {
        int first = -1, last = -1;
        for (int i = 0; i < word.length(); i++) {
            if (isLatin(word.charAt(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return word;
        }
        char[] chars = word.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            Character letter = LEET.get(chars[i]);
            boolean inside = i > first && i < last;
            boolean edge = (i < first && chars[i] == '@') || (i > last && chars[i] == '$');
            if (letter != null && (inside || edge)) {
                chars[i] = letter;
            }
        }
        return new String(chars);
    }

    private static boolean isLatin(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static String replace(Pattern pattern, String text, UnaryOperator<String> change) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(change.apply(m.group())));
        } while (m.find());
        return m.appendTail(out).toString();
    }
}
