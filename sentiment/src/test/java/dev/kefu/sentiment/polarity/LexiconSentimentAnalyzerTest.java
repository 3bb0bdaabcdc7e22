package dev.kefu.sentiment.polarity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.text.Language;
import dev.kefu.text.script.ChineseScript;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconSentimentAnalyzerTest {

    private final LexiconSentimentAnalyzer analyzer = new LexiconSentimentAnalyzer(ChineseScript.load());

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiterString = "=>", value = {
        "服务很好，谢谢 => POSITIVE", "服務很好，謝謝 => POSITIVE", "Great service, thank you => POSITIVE",
        "我要退货 => NEUTRAL", "我要退貨 => NEUTRAL", "how do I return an item => NEUTRAL",
        "太差了，气死我了 => NEGATIVE", "太差了，氣死我了 => NEGATIVE", "This is terrible, I am so angry => NEGATIVE",
        "不满意 => NEGATIVE", "不滿意 => NEGATIVE", "not good at all => NEGATIVE",
    })
    void labelsPolarityWithNegation(String text, Sentiment.Label label) {
        assertThat(analyzer.analyze(text, Language.UNDETERMINED).label()).isEqualTo(label);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"不差", "not bad"})
    void aNegatedComplaintIsOnlyMildlyPositive(String text) {
        assertThat(analyzer.analyze(text, Language.UNDETERMINED).score()).isBetween(0.0, 0.5);
    }

    @ParameterizedTest(name = "[{index}] {0} < {1}")
    @CsvSource(delimiterString = "=>", value = {
        "太差了！！！ => 差", "非常失望 => 失望", "THIS IS TERRIBLE SERVICE => this is terrible service",
        "extremely disappointed => disappointed",
    })
    void emphasisMakesItMoreNegative(String emphatic, String plain) {
        assertThat(analyzer.analyze(emphatic, Language.UNDETERMINED).score())
                .isLessThan(analyzer.analyze(plain, Language.UNDETERMINED).score());
    }
}
