package dev.kefu.text.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseScriptTest {

    private final ChineseScript script = ChineseScript.load();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "我要退貨,我要退货",
        "運費怎麼算,运费怎么算",
        "這個軟體透過稽核了嗎,这个软件通过审核了吗",
        "我的帳號登入不了,我的账号登录不了",
        "退款多久到帳,退款多久到账",
        "我要退货,我要退货",
        "Where is my order,Where is my order",
        "iPhone 發票,iPhone 发票",
    })
    void foldsTraditionalAndTaiwanWordingToSimplified(String traditional, String simplified) {
        assertThat(script.toSimplified(traditional)).isEqualTo(simplified);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "退货需要在七天内申请,退貨需要在七天內申請",
        "请联系客服,請聯繫客服",
        "下载软件,下載軟體",
    })
    void writesSimplifiedBackInTraditional(String simplified, String traditional) {
        assertThat(script.toTraditional(simplified)).isEqualTo(traditional);
    }

    @Test
    void countsScriptSpecificCharacters() {
        assertThat(script.count("我要退貨，運費怎麼算").looksTraditional()).isTrue();
        assertThat(script.count("我要退货，运费怎么算").looksTraditional()).isFalse();
        assertThat(script.count("你好").traditionalOnly()).isZero();
        assertThat(script.count("hello").simplifiedOnly()).isZero();
    }
}
