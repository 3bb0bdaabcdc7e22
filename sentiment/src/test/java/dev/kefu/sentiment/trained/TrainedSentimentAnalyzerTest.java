package dev.kefu.sentiment.trained;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kefu.sentiment.polarity.Emotion;
import dev.kefu.sentiment.polarity.Sentiment;
import dev.kefu.text.Language;
import dev.kefu.text.embed.CountingEmbeddingModel;
import dev.kefu.text.embed.Embeddings;
import dev.kefu.text.embed.LanguageFamily;
import dev.kefu.text.script.ChineseScript;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The model the product ships, on customer-service messages written apart from its training and dev examples. */
class TrainedSentimentAnalyzerTest {

    private static TrainedSentimentAnalyzer model;
    private static ChineseScript script;

    @BeforeAll
    static void load() {
        model = TrainedSentimentAnalyzer.shipped();
        script = ChineseScript.load();
    }

    private static Sentiment analyze(String text) {
        return model.analyze(text, Language.UNDETERMINED);
    }

    @Test
    void putsEveryFamilysNeutralBandOnTheCommonOne() {
        double common = TrainedSentimentAnalyzer.NEUTRAL_BAND;
        for (double band : new double[] {0, 0.15, 0.2, 0.75, 1}) {
            double previous = -2;
            for (int i = -100; i <= 100; i++) {
                double score = i / 100.0;
                double onCommon = TrainedSentimentAnalyzer.onCommonBand(score, band);
                assertThat(onCommon).as("band %s, score %s", band, score).isBetween(-1.0, 1.0).isGreaterThanOrEqualTo(previous);
                assertThat(Sentiment.labelOf(onCommon, common)).as("band %s, score %s", band, score)
                        .isEqualTo(Sentiment.labelOf(score, band));
                previous = onCommon;
            }
            assertThat(TrainedSentimentAnalyzer.onCommonBand(0, band)).isZero();
        }
        assertThat(TrainedSentimentAnalyzer.onCommonBand(-0.75, 0.75)).isCloseTo(-common, within(1e-12));
        assertThat(TrainedSentimentAnalyzer.onCommonBand(0.375, 0.75)).isCloseTo(common / 2, within(1e-12));
        assertThat(TrainedSentimentAnalyzer.onCommonBand(-1, 0.15)).isEqualTo(-1.0);
    }

    @Test
    void readsTheSentenceVectorOfTheEmbeddingsItIsGiven() {
        assertThat(model.provenance()).contains("features lexicon+ngrams+embeddings");
        CountingEmbeddingModel chinese = new CountingEmbeddingModel(1, 512);
        CountingEmbeddingModel english = new CountingEmbeddingModel(2, 384);
        TrainedSentimentAnalyzer counted = TrainedSentimentAnalyzer.shipped(new Embeddings(chinese, english, script));
        for (String text : List.of("东西是坏的", "東西是壞的", "so disappointed")) {
            counted.analyze(text, Language.UNDETERMINED);
        }
        assertThat(chinese.seen()).containsExactly("东西是坏的", "东西是坏的");
        assertThat(english.seen()).containsExactly("so disappointed");
        assertThat(counted.provenance()).isEqualTo(model.provenance());
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "请问你们支持分期付款吗|NEUTRAL", "我想把收货人改成我妈妈|NEUTRAL", "买完降价了能退差价吗|NEUTRAL",
        "快递到了放门卫就行|NEUTRAL", "这款手机壳有粉色的吗|NEUTRAL",
        "谢谢你，问题都解决了|POSITIVE", "包裹收到了，东西很好看|POSITIVE", "你们的客服真专业，赞|POSITIVE",
        "等了一个礼拜还没发货|NEGATIVE", "东西是坏的，太失望了|NEGATIVE", "你们这是什么破服务 😡|NEGATIVE",
        "呵呵，真是“好”服务|NEGATIVE", "到底什么时候发货！！！|NEGATIVE",
        "do you offer gift wrapping|NEUTRAL", "I'd like to update my billing address|NEUTRAL",
        "can I get the price difference refunded|NEUTRAL", "please leave the parcel with my neighbour|NEUTRAL",
        "thank you, that fixed it|POSITIVE", "the package came early, love it|POSITIVE", "your team was super helpful|POSITIVE",
        "it's been a week and it still hasn't shipped|NEGATIVE", "the blender arrived broken, so disappointed|NEGATIVE",
        "great, just great. broken again|NEGATIVE", "WHY IS NOBODY ANSWERING ME|NEGATIVE",
    })
    void labelsCustomerServiceMessagesInSimplifiedAndTraditionalChineseAndEnglish(String text, Sentiment.Label label) {
        assertThat(analyze(text).label()).as(text).isEqualTo(label);
        String traditional = script.toTraditional(text);
        assertThat(analyze(traditional).label()).as(traditional).isEqualTo(label);
        assertThat(analyze(traditional).score()).isCloseTo(analyze(text).score(), within(0.15));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "太差了，气死我了！！|ANGER", "(╯°□°)╯︵ ┻━┻|ANGER", "this is a scam, I want my money back!!|ANGER",
        "说了三遍了还是不行，无语|FRUSTRATION", "still not working, I'm so disappointed|FRUSTRATION",
        "还要等多久？？？|ANXIETY", "how much longer do I have to wait???|ANXIETY",
        "非常满意，谢谢|SATISFACTION", "perfect, thanks a lot 👍|SATISFACTION",
        "请问怎么开发票|NONE", "how do I get an invoice|NONE",
    })
    void tellsTheEmotion(String text, Emotion emotion) {
        assertThat(analyze(text).emotion()).isEqualTo(emotion);
        assertThat(analyze(script.toTraditional(text)).emotion()).isEqualTo(emotion);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"我的包裹现在在哪里", "我的包裹現在在哪裡", "where is my parcel now", "is the charger included", "发什么快递",
        "如果不合适可以换大一码吗", "如果不合適可以換大一碼嗎", "can I return it if it arrives broken"})
    void aShortMessageWithoutACueItAssertsStaysNeutral(String question) {
        Sentiment sentiment = analyze(question);
        assertThat(sentiment.label()).isEqualTo(Sentiment.Label.NEUTRAL);
        assertThat(Math.abs(sentiment.score())).isLessThan(TrainedSentimentAnalyzer.NEUTRAL_BAND);
    }

    @Test
    void readsHostileInput() {
        Sentiment huge = analyze("质量太差了，".repeat(2_000));
        assertThat(huge.label()).isEqualTo(Sentiment.Label.NEGATIVE);
        assertThat(analyze("x".repeat(10_000)).score()).isBetween(-1.0, 1.0);
        assertThat(analyze("😡😡😡").label()).isEqualTo(Sentiment.Label.NEGATIVE);
        assertThat(analyze("👍👍").label()).isEqualTo(Sentiment.Label.POSITIVE);
        assertThat(analyze("\u0000\u0007\u001b[31m\u200b").label()).isEqualTo(Sentiment.Label.NEUTRAL);
        assertThat(analyze("").label()).isEqualTo(Sentiment.Label.NEUTRAL);
        assertThat(analyze("太\u0000差\u200b了").label()).isEqualTo(Sentiment.Label.NEGATIVE);
    }

    @Test
    void recordsWhatItWasTrainedOn() {
        assertThat(model.provenance()).contains("chnsenticorp/train.csv", "sst2/train.csv", "chat-train.csv", "chat-dev.csv")
                .doesNotContain("test");
        for (LanguageFamily family : LanguageFamily.values()) {
            assertThat(model.neutralBand(family)).isBetween(0.05, 0.95);
        }
    }

    @Test
    void failsLoudlyWithoutItsModel() {
        assertThatThrownBy(() -> TrainedSentimentAnalyzer.readShipped("missing.model", null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing.model is missing").hasMessageContaining("kefu train sentiment");
        assertThatThrownBy(() -> TrainedSentimentAnalyzer.readShipped(ChatExamples.TRAIN, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot be read");
    }
}
