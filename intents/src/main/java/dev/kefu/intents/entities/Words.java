package dev.kefu.intents.entities;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Word lists inside patterns: a regex group matching any of the words, and the key a matched word is looked up by. */
final class Words {

    private Words() {
    }

    /** Longest words first, so that "大后天" is tried before "后天"; a space matches any run of white space. */
    static String anyOf(Collection<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(word -> Pattern.quote(word).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** Lower case with single spaces, the form the word lists are written in. */
    static String key(String matched) {
        return matched.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
