package dev.kefu.intents.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    @ParameterizedTest(name = "[{index}] {0} = {1}")
    @CsvSource({
        "十, 10", "十五, 15", "二十, 20", "一百九十九, 199", "一百一十, 110", "两千, 2000", "兩千, 2000",
        "两千五, 2500", "三百五, 350", "一千零五, 1005", "一万五, 15000", "一万五千, 15000", "十万, 100000",
        "兩萬, 20000", "一亿两千万, 120000000", "三億, 300000000", "一万亿, 1000000000000", "二〇二五, 2025",
        "零, 0", "3万, 30000", "1.5万, 15000", "3千万, 30000000", "'1,299.5', 1299.5",
    })
    void readsChineseAndArabicNumbers(String text, BigDecimal value) {
        assertThat(ChineseNumerals.parse(text)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "万", "万万", "一万万", "百", "十十", "三五百", "一九九百", "12千", "一千五零"})
    void rejectsIllFormedNumerals(String text) {
        assertThat(ChineseNumerals.parse(text)).isEmpty();
    }
}
