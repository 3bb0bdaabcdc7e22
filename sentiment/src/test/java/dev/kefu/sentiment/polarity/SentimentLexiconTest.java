package dev.kefu.sentiment.polarity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.text.script.ChineseScript;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentimentLexiconTest {

    private static SentimentLexicon lexicon;

    @BeforeAll
    static void load() {
        lexicon = SentimentLexicon.load(ChineseScript.load());
    }

    private static double polarity(String text) {
        return lexicon.read(text).polarity();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "买完降价了能退差价吗", "買完降價了能退差價嗎", "can I get the price difference back",
        "我要退货", "我要退貨", "I want to return this", "你好，在吗", "您好，在嗎", "hello, I have a question about an order",
    })
    void findsNothingInPlainQuestions(String text) {
        assertThat(polarity(text)).isZero();
    }

    @ParameterizedTest(name = "[{index}] {0} > 0")
    @CsvSource(delimiter = '|', value = {
        "服务很好，谢谢", "服務很好，謝謝", "great service, thank you", "不差", "not bad", "没问题了", "沒問題了",
        "👍", "谢谢 🙏", "thanks :)", "(^_^)",
    })
    void readsPraise(String text) {
        assertThat(polarity(text)).isPositive();
    }

    @ParameterizedTest(name = "[{index}] {0} < 0")
    @CsvSource(delimiter = '|', value = {
        "太差了", "太差了", "this is terrible", "不满意", "不滿意", "not good", "一点也不好", "一點也不好", "I don't like it",
        "😡", "🙄", "(╯°□°)╯︵ ┻━┻", "QAQ", ":(", "还要等多久", "還要等多久", "how much longer",
    })
    void readsBlame(String text) {
        assertThat(polarity(text)).isNegative();
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "送餐快，分量足|1", "飯菜熱乎，分量足|1", "fast delivery, generous portion|1",
        "送得慢，饭都凉了，包装也破了|-1", "送得慢，飯都涼了，包裝也破了|-1", "slow delivery, the food was cold|-1",
        "味道不错，下次还点|1", "味道不錯，下次還點|1", "tastes great, will order again|1",
    })
    void readsTheWordsOfMealDeliveryAndShoppingReviews(String text, int sign) {
        assertThat(Math.signum(polarity(text))).isEqualTo((double) sign);
    }

    @ParameterizedTest(name = "[{index}] {0} < {1}")
    @CsvSource(delimiter = '|', value = {
        "非常失望|失望", "非常失望|失望", "extremely disappointed|disappointed", "太慢了|慢", "好慢|慢",
        "太差了！！！|太差了", "太差了！！！|太差了", "THIS IS TERRIBLE SERVICE|this is terrible service",
        "还要等多久？？？|还要等多久", "還要等多久？？？|還要等多久", "how much longer???|how much longer",
        "你们就是骗子 😡😡|你们就是骗子",
    })
    void emphasisMakesBlameStronger(String emphatic, String plain) {
        assertThat(polarity(emphatic)).isLessThan(polarity(plain));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "不太好|好", "不太好|好", "not very good|good", "不是很满意|满意", "不是很滿意|滿意", "never satisfied|satisfied",
    })
    void negationTurnsPraiseIntoBlame(String negated, String plain) {
        assertThat(polarity(plain)).isPositive();
        assertThat(polarity(negated)).isNegative();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "呵呵，真是“好”服务", "呵呵，真是「好」服務", "great, just great", "好棒哦呵呵", "thanks for nothing", "yeah right, so helpful",
        "the \"best\" service ever",
    })
    void readsSarcasmAsBlame(String text) {
        LexiconReading reading = lexicon.read(text);
        assertThat(reading.sarcastic()).isTrue();
        assertThat(reading.polarity()).isNegative();
        assertThat(reading.positive()).isZero();
    }

    @Test
    void praiseBeforeAContrastWeighsLessThanBlameAfterIt() {
        assertThat(polarity("酒店不错，但是服务太差")).isNegative();
        assertThat(polarity("酒店不錯，但是服務太差")).isNegative();
        assertThat(polarity("the room was nice but the staff were rude")).isNegative();
    }

    @Test
    void aNegatorReachesOnlyTheNextFewWordsOfItsClause() {
        assertThat(polarity("不，我很满意")).isPositive();
        assertThat(polarity("no, I am happy")).isPositive();
        assertThat(polarity("没有想到这么好")).isNegative();
        assertThat(polarity("I did not expect the delivery to be so incredibly quick and good")).isPositive();
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "太差了，气死我了|ANGER", "太差了，氣死我了|ANGER", "this is a scam, I'm furious|ANGER", "WHERE IS MY ORDER!!!|ANGER",
        "(╯°□°)╯︵ ┻━┻|ANGER", "又坏了，无语|FRUSTRATION", "又壞了，無語|FRUSTRATION", "still not working, so disappointed|FRUSTRATION",
        "还要等多久？？？|ANXIETY", "還要等多久？？？|ANXIETY", "how much longer do I have to wait???|ANXIETY", "QAQ|FRUSTRATION",
    })
    void tellsTheEmotionOfBlame(String text, Emotion emotion) {
        assertThat(lexicon.read(text).emotion(Sentiment.Label.NEGATIVE)).isEqualTo(emotion);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "请尽快发货，我急用|ANXIETY", "請盡快發貨，我急用|ANXIETY", "please hurry, it's urgent|ANXIETY",
        "请问怎么退货|NONE", "請問怎麼退貨|NONE", "how do I return it|NONE",
    })
    void aNeutralMessageIsAnxiousOnlyWhenImpatient(String text, Emotion emotion) {
        assertThat(lexicon.read(text).emotion(Sentiment.Label.NEUTRAL)).isEqualTo(emotion);
        assertThat(lexicon.read(text).emotion(Sentiment.Label.POSITIVE)).isEqualTo(Emotion.SATISFACTION);
    }

    @Test
    void readsHostileInputInLinearTime() {
        String longText = "质量太差了，".repeat(1_000) + "x".repeat(4_000);
        long start = System.nanoTime();
        LexiconReading reading = lexicon.read(longText);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
        assertThat(reading.polarity()).isBetween(-1.0, -0.99);
        assertThat(reading.features()).hasSize(LexiconReading.FEATURES);
        for (float feature : reading.features()) {
            assertThat(feature).isBetween(-1f, 1f);
        }
        assertThat(lexicon.read("😡😡😡").polarity()).isNegative();
        assertThat(lexicon.read("\u0000\u0007\u001b[31m差\u200b评\u0000").polarity()).isNegative();
        assertThat(lexicon.read("").hasCue()).isFalse();
    }

    @Test
    void aCueInAHypotheticalClauseIsNotAsserted() {
        for (String text : List.of("如果不合适可以换吗", "如果不合適可以換嗎", "can I return it if it arrives broken")) {
            LexiconReading reading = lexicon.read(text);
            assertThat(reading.hasCue()).as(text).isFalse();
            assertThat(reading.polarity()).as(text).isNegative().isGreaterThan(-0.5);
        }
        for (String text : List.of("不合适，我要换", "不合適，我要換", "it arrives broken, I want to return it", "还要等多久？？？")) {
            assertThat(lexicon.read(text).hasCue()).as(text).isTrue();
        }
        assertThat(lexicon.read("\uD83D").polarity()).isZero();
    }
}
