package dev.kefu.text.learn;

import static org.assertj.core.api.Assertions.assertThat;
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
