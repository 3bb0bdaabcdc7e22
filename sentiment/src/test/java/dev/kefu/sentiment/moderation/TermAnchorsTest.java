package dev.kefu.sentiment.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.text.script.ChineseScript;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The characters a lexicon term cannot match without, and that skipping a text without them loses no match. */
class TermAnchorsTest {

    private static final ChineseScript SCRIPT = ChineseScript.load();
    private static final String[] LEXICONS = {
        "allowed.txt", "abuse-zh.tsv", "abuse-en.tsv", "groups.txt", "derogations.txt", "counter-speech.txt", "spam.tsv"};

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiterString = " | ", nullValues = "none", value = {
        // Simplified, Traditional (folded before), English
        "傻逼 | 傻",
        "白痴 | 白",
        "fuck | *f",
        // alternatives need one of theirs; an optional part or an empty alternative needs nothing
        "(傻|煞)(逼|b) | 傻煞",
        "(你|给我)滚 | 你给",
        "a|b | *ab",
        "(a|)b | *b",
        "idiots? | *i",
        "s?b | *b",
        "ss?x | *x",
        // a backslash makes a character literal
        "f\\*\\*\\* | *f",
        "\\*\\* | *",
        // continuations, spaces and gaps alone: always tried
        "you _stupid | *y",
        "x? | none",
        "(a|b)? | none",
        "(a| ) | none",
    })
    void readsTheAnchors(String term, String anchors) {
        assertThat(TermAnchors.of(term)).isEqualTo(anchors);
    }

    @ParameterizedTest(name = "[{index}] {0} in ''{1}'': {2}")
    @CsvSource(delimiterString = " | ", value = {
        "傻 | 你是傻逼吗 | true",
        "傻 | 请问怎么退款 | false",
        "*f | f**k | true",
        "*f | ***k | true",
        "*f | thank you | false",
    })
    void aTextWithoutAnAnchorIsSkipped(String anchors, String text, boolean tried) {
        assertThat(TermAnchors.mayMatch(anchors, text)).isEqualTo(tried);
    }

    @Test
    void aTermWithoutAnchorsIsAlwaysTried() {
        assertThat(TermAnchors.mayMatch(null, "")).isTrue();
    }

    /** Every bundled term, on the folded moderation sets (zh-Hans, zh-Hant, en): no match lacks an anchor. */
    @Test
    void everyMatchOfTheBundledTermsHoldsAnAnchor() throws IOException {
        EvasionNormalizer normalizer = new EvasionNormalizer(SCRIPT);
        List<String> texts = new ArrayList<>();
        for (String set : List.of("dev.csv", "english.csv", "evasion.csv")) {
            ModerationEvaluation.read(new InputStreamReader(resource("/moderation/" + set), StandardCharsets.UTF_8), set)
                    .forEach(example -> texts.add(normalizer.fold(example.text())));
        }
        texts.addAll(List.of(normalizer.fold("你這個白癡，滾開"), normalizer.fold("f u c k you"), normalizer.fold("請問怎麼退款")));
        int matches = 0;
        int anchored = 0;
        for (String name : LEXICONS) {
            for (Lexicon.Term term : Lexicon.parse(lines(name), name, SCRIPT).terms()) {
                anchored += term.anchors() == null ? 0 : 1;
                for (String text : texts) {
                    Matcher m = term.pattern().matcher(text);
                    if (m.find()) {
                        matches++;
                        assertThat(TermAnchors.mayMatch(term.anchors(), m.group()))
                                .as("%s matches '%s' in '%s' without one of '%s'", term.source(), m.group(), text, term.anchors())
                                .isTrue();
                    }
                }
            }
        }
        assertThat(matches).isGreaterThan(300);
        assertThat(anchored).isGreaterThan(400);
    }

    private static List<String> lines(String name) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(Lexicon.class.getResourceAsStream(name), name);
    }
}
