package dev.kefu.text.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kefu.text.script.ChineseScript;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NgramFeaturesTest {

    private static ChineseScript script;

    @BeforeAll
    static void load() {
        script = ChineseScript.load();
    }

    @Test
    void foldsTraditionalAndSplitsHanCharacters() {
        assertThat(NgramFeatures.ngrams(script, "退貨 OK嗎")).containsExactly("退", "退 货", "货", "货 ok", "ok", "ok 吗", "吗");
        assertThat(NgramFeatures.ngrams(script, "Where's my order?")).containsExactly(
                "where's", "where's my", "my", "my order", "order");
    }

    @Test
    void aWordEndingInAnApostropheTakesTheHanCharacterAfterIt() {
        assertThat(NgramFeatures.ngrams(script, "不鮮 neg'鮮", 1)).containsExactly("不", "鲜", "neg'鲜");
        assertThat(NgramFeatures.ngrams(script, "neg'新鲜 neg'good", 1)).containsExactly("neg'新", "鲜", "neg'good");
    }

    @Test
    void readsLongerNgramsWhenToldTheOrder() {
        assertThat(NgramFeatures.ngrams(script, "不滿意", 3)).containsExactly("不", "不 满", "不 满 意", "满", "满 意", "意");
        assertThat(NgramFeatures.ngrams(script, "not very good", 3)).containsExactly(
                "not", "not very", "not very good", "very", "very good", "good");
        assertThat(NgramFeatures.ngrams(script, "很好", 1)).containsExactly("很", "好");
        assertThatThrownBy(() -> NgramFeatures.fit(script, List.of("好"), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weighsNgramsByHowWellTheyTellTwoClassesApart() {
        List<String> texts = List.of("服务很好", "房间很好", "服务很差", "房间很差", "very good room", "very bad room", "很好", "在吗");
        int[] classOf = {1, 1, 0, 0, 1, 0, 1, 2};
        NgramFeatures plain = NgramFeatures.fit(script, texts);
        NgramFeatures weighted = plain.weightedByLogCountRatio(texts, classOf, 1, 0, 1.0);
        // 好 is only in positive texts, 差 only in negative ones: both gain weight over 服 and room, which both classes use alike
        assertThat(weighted.weight("好")).isGreaterThan(weighted.weight("服"));
        assertThat(weighted.weight("差")).isGreaterThan(weighted.weight("房"));
        assertThat(weighted.weight("房")).isLessThan(0.2f * plain.weight("房"));
        assertThat(weighted.weight("room")).isLessThan(plain.weight("room"));
        // Traditional is folded before the weights are read, so 服務 and 服务 weigh alike in either script
        assertThat(weighted.vector(new float[0], "服務很差").values())
                .containsExactly(weighted.vector(new float[0], "服务很差").values());
        assertThat(weighted.weight("天气")).isZero();
        assertThatThrownBy(() -> plain.weightedByLogCountRatio(texts, new int[1], 1, 0, 1.0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain.weightedByLogCountRatio(texts, classOf, 1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsNgramsOfTwoExamplesAndWeighsUnknownOnesInTheLength() {
        NgramFeatures features = NgramFeatures.fit(script, List.of("我要退货", "退货流程", "where is my order", "cancel my order"));
        // 退, 货, 退 货, my, order, my order: each in two examples
        assertThat(features.size()).isEqualTo(6);
        FeatureVector known = features.vector(new float[0], "退貨");
        assertThat(norm(known)).isCloseTo(1.0, within(1e-5));
        FeatureVector partly = features.vector(new float[0], "退货要多久");
        assertThat(partly.indices()).hasSize(3);
        assertThat(norm(partly)).isLessThan(0.8);
        assertThat(features.vector(new float[0], "天气").indices()).isEmpty();
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        NgramFeatures features = NgramFeatures.fit(script, List.of("我要退货", "退货流程", "where is my order", "cancel my order"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        features.write(new DataOutputStream(bytes));
        NgramFeatures read = NgramFeatures.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), script);
        assertThatThrownBy(() -> NgramFeatures.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), script, 9))
                .isInstanceOf(IOException.class);
        FeatureVector before = features.vector(new float[0], "退货要多久 my order");
        FeatureVector after = read.vector(new float[0], "退货要多久 my order");
        assertThat(after.indices()).containsExactly(before.indices());
        assertThat(after.values()).containsExactly(before.values());
    }

    private static double norm(FeatureVector v) {
        double sum = 0;
        for (float x : v.values()) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }
}
