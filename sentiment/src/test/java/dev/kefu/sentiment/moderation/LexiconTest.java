package dev.kefu.sentiment.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.text.script.ChineseScript;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pattern language of the lexicon files, term by term. */
class LexiconTest {

    private static final ChineseScript SCRIPT = ChineseScript.load();

    private static boolean matches(String term, String folded) {
        return Lexicon.parse(List.of(term + "\tINSULT\tMEDIUM"), "test", SCRIPT).worst(folded).abusive();
    }

    @ParameterizedTest(name = "[{index}] {0} in ''{1}'': {2}")
    @CsvSource(delimiterString = " | ", value = {
        // whole words only for Latin terms
        "ass | kiss my ass | true",
        "ass | class | false",
        "ass | assess | false",
        "cunt | scunthorpe | false",
        "sb | usb | false",
        "sb | model sb200 | false",
        "sb | 客服sb | true",
        // Chinese terms anywhere
        "傻逼 | 你是傻逼吗 | true",
        // doubled letters and masks inside a word
        "fuck | fuuck | true",
        "fuck | f*ck | true",
        "fuck | f**k | true",
        "fuck | ***k | false",
        "ass | as | false",
        "asshole | a**hole | true",
        // continuation, optional parts, alternatives, word gaps
        "fuck* | fucking | true",
        "fuck* | fu | false",
        "idiots? | idiot | true",
        "(傻|煞)(逼|b) | 煞b | true",
        "(你|给我)滚 | 给我滚 | true",
        "you _stupid | you are so stupid | true",
        "you _stupid | you are really very stupid | false",
        // a backslash makes a mask literal
        "f\\*\\*\\* | f*** | true",
        "f\\*\\*\\* | fuck | false",
        // terms may be written in Traditional characters
        "白癡 | 白痴 | true",
    })
    void compilesThePatternLanguage(String term, String folded, boolean found) {
        assertThat(matches(term, folded)).isEqualTo(found);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = " | ", value = {
        "傻逼\tINSULT | line 2: expected a term",
        "傻逼\tRUDE\tMEDIUM | line 2: No enum constant",
        "傻逼\tINSULT\tVERY | line 2: No enum constant",
        "(傻逼\tINSULT\tMEDIUM | line 2: Unclosed group",
    })
    void rejectsABadLineWithItsNumber(String line, String message) {
        assertThatThrownBy(() -> Lexicon.parse(List.of("# comment", line), "test.tsv", SCRIPT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test.tsv " + message);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = " | ", value = {"我操作一下 | 我__一下", "mark 操心 | mark __"})
    void masksMatchesWithUnderscores(String folded, String masked) {
        Lexicon allowed = Lexicon.parse(List.of("操(作|心)"), "allowed", SCRIPT);
        assertThat(allowed.mask(folded)).isEqualTo(masked);
    }
}
