package dev.kefu.intents.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityExtractorTest {

    private final EntityExtractor extractor = new EntityExtractor();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", value = {
        "我的手机号是13812345678 => PHONE:13812345678",
        "我的手機號碼是 138 1234 5678 => PHONE:138 1234 5678",
        "call me on +44 20 7946 0958 => PHONE:+44 20 7946 0958",
        "邮箱 li.lei@example.com 谢谢 => EMAIL:li.lei@example.com",
        "身份证 11010519491231002X => PRC_ID:11010519491231002X",
        "card 4111 1111 1111 1111 please => BANK_CARD:4111111111111111",
        "订单号：DD20260101123 => ORDER_NUMBER:DD20260101123",
        "訂單號 88812345678 到哪了 => ORDER_NUMBER:88812345678",
        "my order number is A12345678 => ORDER_NUMBER:A12345678",
    })
    void findsPersonalDataAndOrderNumbers(String text, String expected) {
        List<Entity> entities = extractor.extract(text);
        assertThat(entities).extracting(e -> e.type() + ":" + e.value()).containsExactly(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", value = {
        "身份证 110105194912310021 => wrong check digit",
        "card 4111 1111 1111 1112 => fails Luhn",
        "我买了3件，花了199元 => plain numbers",
        "12345 => too short for a phone",
    })
    void ignoresNumbersThatOnlyLookAlike(String text, String why) {
        assertThat(extractor.extract(text)).as(why).isEmpty();
    }
}
