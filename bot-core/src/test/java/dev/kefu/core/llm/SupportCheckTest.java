package dev.kefu.core.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.text.Language;
import dev.kefu.text.script.ChineseScript;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupportCheckTest {

    private static final Map<String, String> EVIDENCE = Map.of(
            "returns-zh", "怎么退货\n签收后7天内可在“我的订单”中申请退货。",
            "refund-zh", "退款多久到账\n退款会在3到5个工作日内原路退回。",
            "returns-en", "How do I return an item?\nYou can request a return within 7 days of delivery under My Orders. "
                    + "Write to help@shop.example or see https://shop.example/returns.",
            "refund-en", "How long does a refund take?\nRefunds reach your original payment method within 3–5 business days.");

    private final SupportCheck check = new SupportCheck(ChineseScript.load(), 200);

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
        "zh-Hans | 您好，签收后7天内，在“我的订单”里就能申请退货。 | returns-zh",
        "zh-Hans | 签收后七天内可以申请退货哦。 | returns-zh",
        "zh-Hant | 您好，簽收後7天內可在「我的訂單」中申請退貨。 | returns-zh",
        "zh-Hans | 退款会在3到5个工作日内原路退回，退货请在签收后7天内申请。 | refund-zh;returns-zh",
        "en | You have 7 days from delivery to request a return; do it under My Orders. | returns-en",
        "en | Request your return within seven days, or write to help@shop.example. | returns-en",
        "en | Details are at https://shop.example/returns. | returns-en",
        "en | Your refund should reach your card within 3–5 business days. | refund-en",
    })
    void acceptsARephrasingThatSaysWhatTheEntriesSay(String language, String reply, String cited) {
        assertThat(check.problem(reply, List.of(cited.split(";")), EVIDENCE, Language.fromTag(language))).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {1} → {3}")
    @CsvSource(delimiter = '|', value = {
        "zh-Hans | 签收后15天内可以申请退货。 | returns-zh | unsupported number 15",
        "zh-Hans | 签收后十五天内可以申请退货。 | returns-zh | unsupported number 15",
        "zh-Hant | 簽收後30天內可以申請退貨。 | returns-zh | unsupported number 30",
        "zh-Hans | 签收后7天内申请退货，明天就能处理好。 | returns-zh | unsupported '明天'",
        "zh-Hans | 签收后7天内申请退货，我们保证全额退款并赔偿您50元。 | returns-zh | promises '保证'",
        "zh-Hant | 簽收後7天內申請退貨，我們會賠償您。 | returns-zh | promises '赔偿'",
        "en | You can return it within 30 days. | returns-en | unsupported number 30",
        "en | You can return it within ten days. | returns-en | unsupported number 10",
        "en | Return it within 7 days and we will refund you in full. | returns-en | promises 'refund'",
        "en | Return it within 7 days; you will also get a coupon. | returns-en | promises 'coupon'",
        "en | Return it within 7 days, we'll process it by Monday. | returns-en | unsupported 'monday'",
        "en | See https://evil.example/claim for your return. | returns-en | unsupported 'https://evil.example/claim'",
        "en | Email refunds@evil.example to return it. | returns-en | unsupported 'refunds@evil.example'",
        "en | Return it within 7 days of delivery. | returns-fr | cites an entry it was not given",
        "en | '' | returns-en | empty reply",
        "en | 签收后7天内可以申请退货。 | returns-en | not in en",
        "zh-Hans | You can request a return within 7 days. | returns-zh | not in zh-Hans",
        "zh-Hans | 7日以内に返品できます。 | returns-zh | not in zh-Hans",
    })
    void refusesWhatTheEntriesDoNotSupport(String language, String reply, String cited, String problem) {
        assertThat(check.problem(reply, List.of(cited), EVIDENCE, Language.fromTag(language))).contains(problem);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"zh-Hans,退款会在3到5个工作日内原路退回。", "en,Refunds reach your original payment method within 3–5 business days."})
    void aPromiseTheEntryMakesMayBeRepeated(String language, String reply) {
        String cited = language.equals("en") ? "refund-en" : "refund-zh";
        assertThat(check.problem(reply, List.of(cited), EVIDENCE, Language.fromTag(language))).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"en", "zh-Hans"})
    void refusesAReplyWithoutCitationsOrTooLong(String language) {
        assertThat(check.problem("Within 7 days.", List.of(), EVIDENCE, Language.EN)).contains("cites no entry");
        assertThat(check.problem("退".repeat(201), List.of("returns-zh"), EVIDENCE, Language.fromTag(language)))
                .contains("longer than 200 characters");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"七,7", "十,10", "十五,15", "二十四,24", "一百,100", "两千,2000", "三万五千,35000", "二零二四,2024"})
    void readsChineseNumerals(String numeral, long value) {
        assertThat(SupportCheck.chineseValue(numeral)).contains(value);
    }
}
