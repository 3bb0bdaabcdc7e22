package dev.kefu.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.intents.entities.Entity;
import dev.kefu.intents.entities.EntityExtractor;
import dev.kefu.intents.entities.EntityType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PiiRedactorTest {

    private final PiiRedactor redactor = new PiiRedactor(
            new EntityExtractor(Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneId.of("Asia/Shanghai"))));

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", value = {
        "我的手机13812345678，明天退199元 => 我的手机[PHONE]，明天退199元",
        "mail li.lei@example.com about the $20 refund due next Monday => mail [EMAIL] about the $20 refund due next Monday",
        "身份證 11010519491231002X，3月5日付了兩千塊 => 身份證 [PRC_ID]，3月5日付了兩千塊",
        "card 4111 1111 1111 1111, refund 1,299.00 yuan by 2026-12-01 => card [BANK_CARD], refund 1,299.00 yuan by 2026-12-01",
    })
    void masksPersonalDataAndLeavesMoneyAndDates(String text, String redacted) {
        PiiRedactor.Redaction redaction = redactor.redact(text);

        assertThat(redaction.text()).isEqualTo(redacted);
        assertThat(redaction.redacted()).isTrue();
        assertThat(redaction.entities()).extracting(Entity::type).contains(EntityType.MONEY, EntityType.DATE);
    }

    @Test
    void moneyAndDatesAloneAreFoundButNothingIsMasked() {
        PiiRedactor.Redaction redaction = redactor.redact("下周一退我两千块");

        assertThat(redaction.text()).isEqualTo("下周一退我两千块");
        assertThat(redaction.redacted()).isFalse();
        assertThat(redaction.entities()).extracting(e -> e.type() + ":" + e.value())
                .containsExactly("DATE:2026-11-30", "MONEY:2000.00 CNY");
    }
}
