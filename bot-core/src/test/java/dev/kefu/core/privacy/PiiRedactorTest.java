package dev.kefu.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.kefu.intents.entities.Entity;
import dev.kefu.intents.entities.EntityExtractor;
import dev.kefu.intents.entities.EntityType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", value = {
        "我住在上海市浦东新区张江路88号，快递几天到？ => 我住在[ADDRESS]，快递几天到？",
        "寄到北京市朝阳区建国路88号SOHO现代城5号楼1201室 => 寄到[ADDRESS]",
        "地址是杭州市西湖区阳光小区3栋2单元501室 => 地址是[ADDRESS]",
        "请送到上海市静安区南京西路1266弄3号 => 请送到[ADDRESS]",
        "邮编200120，电话13812345678 => 邮编[ADDRESS]，电话[PHONE]",
        "我住台北市信義區忠孝東路四段216巷27弄5號 => 我住[ADDRESS]",
        "請寄到香港九龍彌敦道132號美麗華大廈10樓A室 => 請寄到[ADDRESS]",
        "送到臺北市中正區重慶南路一段122號，郵遞區號100 => 送到[ADDRESS]，郵遞區號[ADDRESS]",
        "Ship it to 123 Main Street, Apt 4B please => Ship it to [ADDRESS] please",
        "742 Evergreen Terrace, Springfield, IL 62704 is my address => [ADDRESS] is my address",
        "send it to 1600 Pennsylvania Avenue NW, thanks => send it to [ADDRESS], thanks",
        "deliver to 10 Downing St., London SW1A 2AA today => deliver to [ADDRESS] today",
        "I moved to Apartment 12, my zip code is 94105 => I moved to [ADDRESS], my zip code is [ADDRESS]",
    })
    void masksAddressesInEveryScript(String text, String redacted) {
        PiiRedactor.Redaction redaction = redactor.redact(text);

        assertThat(redaction.text()).isEqualTo(redacted);
        assertThat(redaction.redacted()).isTrue();
        assertThat(redaction.entities()).extracting(Entity::type).contains(EntityType.ADDRESS);
    }

    /** Places named without a door, and numbers that are not one, are ordinary questions. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "上海市的门店几点开门", "南京路步行街的店还开吗", "你们在中山路有门店吗", "3号线地铁站附近有店吗", "12月3号能送到吗",
        "我不知道3号能不能到", "北京市朝阳区可以配送吗", "一路上3号到货了吗",
        "台北市的門市幾點開門", "彌敦道的分店還開嗎", "信義區有門市嗎", "我不知道5號能不能到貨", "10號可以退貨嗎",
        "Main Street store hours", "What time does the Oxford Street shop open?", "Is the 5th Avenue store open on Sunday?",
        "I bought 2 pairs for the road", "Order 12345 has not arrived", "Do you deliver to Apt buildings?",
        "Do you have the PS5 2TB edition?", "my ID 12345 is wrong", "is 3 Day Shipping available?",
    })
    void leavesOrdinaryQuestionsAboutPlacesAlone(String text) {
        PiiRedactor.Redaction redaction = redactor.redact(text);

        assertThat(redaction.text()).isEqualTo(text);
        assertThat(redaction.entities()).extracting(Entity::type).doesNotContain(EntityType.ADDRESS);
    }

    /** A guard against catastrophic backtracking in the address patterns, not a benchmark. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"市", "上海市", "路", "路1巷", "阳光小区1", "1", "1 Main ", "Apt ", "邮编", "區1號", "Main St, Springfield, "})
    void finishesQuicklyOnHostileInput(String unit) {
        String text = unit.repeat(20_000 / unit.length()) + "!";
        PiiRedactor.Redaction redaction = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> redactor.redact(text));
        assertThat(redaction.text()).endsWith("!");
    }
}
