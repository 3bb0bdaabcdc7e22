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
        // one Simplified character, several Traditional ones: chosen by the word
        "抱歉，我暂时无法准确回答,抱歉，我暫時無法準確回答",
        "标准尺寸,標準尺寸",
        "一只猫和几个人,一隻貓和幾個人",
        "手表的表带,手錶的錶帶",
        "请复制订单号,請複製訂單號",
        "余额不足,餘額不足",
        "系统里面,系統裡面",
        "签收后七天内可退,簽收後七天內可退",
        "订单号 AB-123 😀 ok,訂單號 AB-123 😀 ok",
        // a Taiwan phrase of this project's table is kept as it is, not converted again
        "审核通过后退款,稽核透過後退款",
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
