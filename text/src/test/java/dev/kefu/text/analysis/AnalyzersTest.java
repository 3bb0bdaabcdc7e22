package dev.kefu.text.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.text.script.ChineseScript;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzersTest {

    private final ChineseAnalyzer chinese = new ChineseAnalyzer(ChineseScript.load());
    private final EnglishTextAnalyzer english = new EnglishTextAnalyzer();

    @Test
    void chineseIndexesCharactersAndBigrams() {
        assertThat(Analysis.tokens(chinese, "退货运费"))
                .containsExactly("退", "退货", "货", "货运", "运", "运费", "费");
    }

    @Test
    void traditionalAnalyzesLikeSimplified() {
        assertThat(Analysis.tokens(chinese, "退貨運費")).isEqualTo(Analysis.tokens(chinese, "退货运费"));
        assertThat(Analysis.tokens(chinese, "帳號登入")).isEqualTo(Analysis.tokens(chinese, "账号登录"));
    }

    @Test
    void latinWordsInsideChineseAreLowerCasedAndFullWidthFolded() {
        List<String> tokens = Analysis.tokens(chinese, "ｉＰｈｏｎｅ退款");
        assertThat(tokens).startsWith("iphon").contains("退款");
    }

    @Test
    void englishStemsAndDropsStopWords() {
        assertThat(Analysis.tokens(english, "Where are my Orders? Returning the parcel"))
                .containsExactly("order", "return", "parcel");
    }

    @Test
    void englishFoldsFullWidthLetters() {
        assertThat(Analysis.tokens(english, "ＲＥＦＵＮＤ")).containsExactly("refund");
    }
}
