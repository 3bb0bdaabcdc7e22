package dev.kefu.text.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", value = {
        "ＡＢＣ１２３ => ABC123",
        "'  how   do I\t return\n it? ' => how do I return it?",
        "我要\u200B退货 => 我要退货",
        "我要退貨\u0000 => 我要退貨",
        "ｉＰｈｏｎｅ壞了 => iPhone壞了",
        "退款　多久 => 退款 多久",
    })
    void normalizesWidthSpacesAndInvisibleCharacters(String input, String expected) {
        assertThat(TextNormalizer.normalize(input)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void keepsEmptyAndNullSafe() {
        assertThat(TextNormalizer.normalize(null)).isEmpty();
        assertThat(TextNormalizer.normalize("   ")).isEmpty();
    }
}
