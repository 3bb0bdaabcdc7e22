package dev.kefu.intents.entities;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EntityExtractorTest {

    private final EntityExtractor extractor = new EntityExtractor(EntitiesFixture.CLOCK);

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
        "我买了3件，第2个坏了 => plain numbers",
        "12345 => too short for a phone",
    })
    void ignoresNumbersThatOnlyLookAlike(String text, String why) {
        assertThat(extractor.extract(text)).as(why).isEmpty();
    }

    @Test
    void findsEveryKindInOneMessageInTextOrder() {
        String text = "明天把199元退到卡 4111 1111 1111 1111，有问题打13812345678或发 li.lei@example.com";

        assertThat(extractor.extract(text)).extracting(e -> e.type() + ":" + e.value()).containsExactly(
                "DATE:2026-11-26", "MONEY:199.00 CNY", "BANK_CARD:4111111111111111", "PHONE:13812345678",
                "EMAIL:li.lei@example.com");
    }

    @Test
    void onlyTheseKindsArePersonal() {
        assertThat(EntityType.values()).filteredOn(EntityType::isPersonal)
                .containsExactly(EntityType.EMAIL, EntityType.PHONE, EntityType.PRC_ID, EntityType.BANK_CARD, EntityType.ADDRESS);
    }

    /** A guard against catastrophic backtracking, not a benchmark: the time grows linearly with the input. */
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("hostileInputs")
    void finishesQuicklyOnHostileInput(String name, String text) {
        List<Entity> entities = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> extractor.extract(text));

        assertThat(entities).noneMatch(e -> e.type() == EntityType.MONEY || e.type() == EntityType.DATE);
    }

    static Stream<Arguments> hostileInputs() {
        return Stream.of(
                hostile("100k digits", "1".repeat(100_000)),
                hostile("100k digits then 元", "9".repeat(100_000) + "元"),
                hostile("$ and 100k digits", "$" + "9".repeat(100_000)),
                hostile("10k 万", "万".repeat(10_000)),
                hostile("10k 万 then 元", "万".repeat(10_000) + "元"),
                hostile("10k 一 then 块", "一".repeat(10_000) + "块"),
                hostile("thousands separators", "1,".repeat(50_000) + "000元"),
                hostile("decimal points", "1.".repeat(50_000) + "5元"),
                hostile("dashes", "2025-".repeat(20_000) + "3"),
                hostile("months", "3月".repeat(20_000)),
                hostile("weeks", "下周".repeat(20_000)),
                hostile("spaced digits", "1 ".repeat(50_000)),
                hostile("in in in", "in ".repeat(30_000) + "3 minutes"));
    }

    private static Arguments hostile(String name, String text) {
        return Arguments.of(name, text);
    }
}
