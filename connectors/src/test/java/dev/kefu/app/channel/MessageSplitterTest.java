package dev.kefu.app.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageSplitterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "zh-Hans, '签收后七天内可以申请退货。退款会在三个工作日内原路退回！有问题吗？', 。！？",
        "zh-Hant, '簽收後七天內可以申請退貨。退款會在三個工作日內原路退回！有問題嗎？', 。！？",
        "en, 'You can return items within seven days. Refunds arrive in three working days! Any questions? ', .!?",
    })
    void splitsOnSentenceBoundariesWithinTheLimit(String language, String sentences, String ends) {
        String text = sentences.repeat(40).strip();
        List<String> parts = MessageSplitter.split(text, 200, String::length);
        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(200);
            assertThat(ends).contains(p.substring(p.length() - 1));
        });
        assertThat(String.join("", parts).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }

    @Test
    void keepsAShortTextWhole() {
        assertThat(MessageSplitter.split("怎么退货？", 4096, String::length)).containsExactly("怎么退货？");
        assertThat(MessageSplitter.split("  \n ", 4096, String::length)).isEmpty();
    }

    @Test
    void cutsARunWithoutSpacesAndNeverASurrogatePair() {
        String text = "😀".repeat(50) + "a".repeat(100);
        List<String> parts = MessageSplitter.split(text, 33, String::length);
        assertThat(parts).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(33);
            assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse();
        });
        assertThat(String.join("", parts)).isEqualTo(text);
    }

    @Test
    void measuresAsThePlatformCountsWithItsMarkup() {
        String text = "运费 & 税费按重量计算。".repeat(200);
        TextLimit bytes = TextLimit.utf8Bytes(1_000);
        List<String> parts = MessageSplitter.split(text, bytes.max(), p -> bytes.measure(p.replace("&", "&amp;")));
        assertThat(parts).allSatisfy(p -> assertThat(p.replace("&", "&amp;").getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(1_000));
        assertThat(String.join("", parts)).isEqualTo(text);
    }
}
