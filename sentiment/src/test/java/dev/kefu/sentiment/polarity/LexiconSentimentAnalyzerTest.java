package dev.kefu.sentiment.polarity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.text.Language;
import dev.kefu.text.script.ChineseScript;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconSentimentAnalyzerTest {

    private final LexiconSentimentAnalyzer analyzer = new LexiconSentimentAnalyzer(SentimentLexicon.load(ChineseScript.load()));

    @ParameterizedTest(name = "[{index}] {0} -> {1} {2}")
    @CsvSource(delimiterString = "=>", value = {
        "服务很好，谢谢 => POSITIVE => SATISFACTION", "服務很好，謝謝 => POSITIVE => SATISFACTION",
        "Great service, thank you => POSITIVE => SATISFACTION",
        "我要退货 => NEUTRAL => NONE", "我要退貨 => NEUTRAL => NONE", "how do I return an item => NEUTRAL => NONE",
        "买完降价了能退差价吗 => NEUTRAL => NONE", "買完降價了能退差價嗎 => NEUTRAL => NONE",
        "太差了，气死我了 => NEGATIVE => ANGER", "太差了，氣死我了 => NEGATIVE => ANGER",
        "This is terrible, I am so angry => NEGATIVE => ANGER",
        "不满意 => NEGATIVE => FRUSTRATION", "不滿意 => NEGATIVE => FRUSTRATION", "not good at all => NEGATIVE => FRUSTRATION",
    })
    void labelsPolarityAndEmotion(String text, Sentiment.Label label, Emotion emotion) {
        Sentiment sentiment = analyzer.analyze(text, Language.UNDETERMINED);
        assertThat(sentiment.label()).isEqualTo(label);
        assertThat(sentiment.emotion()).isEqualTo(emotion);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"不差", "not bad"})
    void aNegatedComplaintIsOnlyMildlyPositive(String text) {
        assertThat(analyzer.analyze(text, Language.UNDETERMINED).score()).isBetween(0.0, 0.5);
    }
}
