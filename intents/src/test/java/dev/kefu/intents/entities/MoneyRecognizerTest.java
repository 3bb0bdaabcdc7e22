package dev.kefu.intents.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyRecognizerTest {

    private final EntityExtractor extractor = new EntityExtractor(EntitiesFixture.CLOCK);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", value = {
        // zh-Hans
        "价格是¥199 => ¥199 => 199.00 CNY",
        "一共199元 => 199元 => 199.00 CNY",
        "才199.5 块，划算 => 199.5 块 => 199.50 CNY",
        "退我一百九十九元 => 一百九十九元 => 199.00 CNY",
        "花了两千块 => 两千块 => 2000.00 CNY",
        "两块钱的事 => 两块钱 => 2.00 CNY",
        "一块钱都不给 => 一块钱 => 1.00 CNY",
        "2000块左右 => 2000块 => 2000.00 CNY",
        "满99元包邮 => 99元 => 99.00 CNY",
        "二十万元 => 二十万元 => 200000.00 CNY",
        "预算3万元 => 3万元 => 30000.00 CNY",
        "大概1.5万块吧 => 1.5万块 => 15000.00 CNY",
        "一万五块 => 一万五块 => 15000.00 CNY",
        "十元 => 十元 => 10.00 CNY",
        "人民币500 => 人民币500 => 500.00 CNY",
        "付了￥88 => ￥88 => 88.00 CNY",
        "港币300 => 港币300 => 300.00 HKD",
        "300港元 => 300港元 => 300.00 HKD",
        "500 新台币 => 500 新台币 => 500.00 TWD",
        "50美元 => 50美元 => 50.00 USD",
        "15欧元 => 15欧元 => 15.00 EUR",
        // zh-Hant
        "花了兩千塊 => 兩千塊 => 2000.00 CNY",
        "預算3萬元 => 3萬元 => 30000.00 CNY",
        "一億元 => 一億元 => 100000000.00 CNY",
        "人民幣500元 => 人民幣500元 => 500.00 CNY",
        "港幣300 => 港幣300 => 300.00 HKD",
        "新台幣500元 => 新台幣500元 => 500.00 TWD",
        "新台幣五百元 => 新台幣五百元 => 500.00 TWD",
        "20歐元 => 20歐元 => 20.00 EUR",
        // en
        "RMB 500 please => RMB 500 => 500.00 CNY",
        "CNY500 => CNY500 => 500.00 CNY",
        "it costs $20, right => $20 => 20.00 USD",
        "US$20 => US$20 => 20.00 USD",
        "about 20 dollars => 20 dollars => 20.00 USD",
        "5 bucks => 5 bucks => 5.00 USD",
        "€15.50 => €15.50 => 15.50 EUR",
        "15 euros => 15 euros => 15.00 EUR",
        "HK$300 => HK$300 => 300.00 HKD",
        "NT$500 => NT$500 => 500.00 TWD",
        "1,299.00 yuan => 1,299.00 yuan => 1299.00 CNY",
        "a refund of 20 US dollars => 20 US dollars => 20.00 USD",
    })
    void readsAmountsWithTheirCurrency(String text, String matched, String value) {
        assertThat(extractor.extract(text)).singleElement().satisfies(money -> {
            assertThat(money.type()).isEqualTo(EntityType.MONEY);
            assertThat(money.value()).isEqualTo(value);
            assertThat(text.substring(money.start(), money.end())).isEqualTo(matched);
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", value = {
        "我买了3件 => a count",
        "第3个 => an ordinal",
        "I have 2 questions => a count in English",
        "买了两块蛋糕 => 块 as a measure word",
        "我们一块儿去 => 一块儿, together",
        "2025元旦 => 元旦, New Year's Day",
        "版本 1.2.3元 => a version number",
        "13812345678元 => a phone number is not an amount",
        "1,2345元 => misplaced thousands separator",
        "万元户 => 万 with no number",
        "万万万元 => ill-formed numeral",
        "100 => no currency",
        "一千万 => no currency after Chinese numerals",
        "三四百块 => an estimate, not an amount",
        "3块5 => yuan and jiao are not read",
    })
    void findsNoMoneyWithoutACurrencyAndAnAmount(String text, String why) {
        assertThat(extractor.extract(text)).as(why).noneMatch(e -> e.type() == EntityType.MONEY);
    }
}
