package dev.kefu.text.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.text.Language;
import dev.kefu.text.script.ChineseScript;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    private static LanguageDetector detector;

    @BeforeAll
    static void load() {
        detector = LanguageDetector.load(ChineseScript.load());
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiterString = "=>", value = {
        "那退款多久能回到我卡上 => true", "请问 => false", "請問 => false",
        "退款多久到账 => false", "退款多久到帳 => false", "how long until my refund arrives => false", "123 => false",
    })
    void saysWhenChineseIsWrittenAlikeInBothScripts(String text, boolean either) {
        assertThat(detector.detect(text).doubt() == Detection.Doubt.EITHER_CHINESE_SCRIPT).isEqualTo(either);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiterString = "=>", value = {
        "ok => ONE_LATIN_WORD", "OK!! => ONE_LATIN_WORD", "thx => ONE_LATIN_WORD", "thanks => ONE_LATIN_WORD",
        "yyds => ONE_LATIN_WORD", "nb 👍 => ONE_LATIN_WORD", "ok, where is my order => NONE", "refund please => NONE",
        "ok谢谢 => NONE", "退款多久到账 => NONE", "那退款多久能回到我卡上 => EITHER_CHINESE_SCRIPT", "123 => NONE",
    })
    void saysWhenOneLatinWordIsOnlyProbablyEnglish(String text, Detection.Doubt doubt) {
        Detection detection = detector.detect(text);
        assertThat(detection.doubt()).isEqualTo(doubt);
        if (doubt == Detection.Doubt.ONE_LATIN_WORD) {
            assertThat(detection.language()).isEqualTo(Language.EN);
        }
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiterString = "=>", value = {
        // zh-Hans, short and long
        "退款 => ZH_HANS",
        "转人工 => ZH_HANS",
        "我的快递到哪了 => ZH_HANS",
        "我昨天买的iPhone怎么还没发货 => ZH_HANS",
        "发票 => ZH_HANS",
        // zh-Hant
        "退貨 => ZH_HANT",
        "轉人工 => ZH_HANT",
        "我的訂單什麼時候會到 => ZH_HANT",
        "請問運費怎麼算 => ZH_HANT",
        "我的帳號登入不了 => ZH_HANT",
        // en, down to one word
        "refund => EN",
        "hi => EN",
        "where is my order? => EN",
        "Can I get an invoice for my company => EN",
        "HELP => EN",
        // neither
        "123456 => UNDETERMINED",
        "👍👍 => UNDETERMINED",
        "ありがとうございます => UNDETERMINED",
        "안녕하세요 => UNDETERMINED",
    })
    void detectsShortChatMessages(String text, Language expected) {
        assertThat(detector.detect(text).language()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiterString = "=>", value = {
        "Je voudrais savoir quand ma commande sera livrée chez moi => fr",
        "Quisiera saber cuándo llegará mi pedido a mi casa => es",
        "Ich möchte wissen, wann meine Bestellung ankommt => de",
    })
    void namesOtherLanguagesOfLongerLatinText(String text, String tag) {
        Detection detection = detector.detect(text);
        assertThat(detection.language()).isEqualTo(Language.UNDETERMINED);
        assertThat(detection.tag()).isEqualTo(tag);
    }
}
