package dev.kefu.sentiment.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.text.script.ChineseScript;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbuseDetectorTest {

    private final AbuseDetector detector = new AbuseDetector(ChineseScript.load());

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"你是傻逼吗", "你是傻 逼", "傻*逼客服", "你是傻逼嗎", "cnm", "客服sb", "you are an idiot", "f*ck you", "FUCK this"})
    void flagsInsultsAlsoWhenDisguised(String text) {
        assertThat(detector.check(text).abusive()).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"我要退货", "我要退貨", "how do I return an item", "sbc hotel", "Scunthorpe", "this is a classic"})
    void leavesOrdinaryMessagesAlone(String text) {
        assertThat(detector.check(text).abusive()).isFalse();
    }
}
