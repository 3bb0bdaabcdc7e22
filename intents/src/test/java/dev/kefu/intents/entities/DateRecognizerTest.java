package dev.kefu.intents.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Today is Wednesday 2026-11-25 in Shanghai; weeks start on Monday, so this week runs 11-23 to 11-29. */
class DateRecognizerTest {

    private final EntityExtractor extractor = new EntityExtractor(EntitiesFixture.CLOCK);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", value = {
        // zh-Hans
        "今天能发货吗 => 今天 => 2026-11-25",
        "明天到 => 明天 => 2026-11-26",
        "后天 => 后天 => 2026-11-27",
        "大后天 => 大后天 => 2026-11-28",
        "昨天下的单 => 昨天 => 2026-11-24",
        "前天 => 前天 => 2026-11-23",
        "下周一送到 => 下周一 => 2026-11-30",
        "下星期一 => 下星期一 => 2026-11-30",
        "下礼拜一 => 下礼拜一 => 2026-11-30",
        "这周五 => 这周五 => 2026-11-27",
        "本周五 => 本周五 => 2026-11-27",
        "这个星期五 => 这个星期五 => 2026-11-27",
        "这周一 => 这周一 => 2026-11-23",
        "上周三买的 => 上周三 => 2026-11-18",
        "下周日 => 下周日 => 2026-12-06",
        "下下周二 => 下下周二 => 2026-12-08",
        "周五能到吗 => 周五 => 2026-11-27",
        "星期三 => 星期三 => 2026-11-25",
        "周一下午 => 周一 => 2026-11-30",
        "下个月3号 => 下个月3号 => 2026-12-03",
        "上个月三十一号 => 上个月三十一号 => 2026-10-31",
        "3月5日 => 3月5日 => 2027-03-05",
        "3月5号 => 3月5号 => 2027-03-05",
        "三月五日 => 三月五日 => 2027-03-05",
        "10月1日 => 10月1日 => 2026-10-01",
        "2025年3月5日 => 2025年3月5日 => 2025-03-05",
        "二〇二五年三月五日 => 二〇二五年三月五日 => 2025-03-05",
        "2025-03-05 => 2025-03-05 => 2025-03-05",
        "2025/3/5 => 2025/3/5 => 2025-03-05",
        "3天后 => 3天后 => 2026-11-28",
        "两周后 => 两周后 => 2026-12-09",
        "一个月后 => 一个月后 => 2026-12-25",
        "3天前 => 3天前 => 2026-11-22",
        // zh-Hant
        "今日 => 今日 => 2026-11-25",
        "明日 => 明日 => 2026-11-26",
        "後天 => 後天 => 2026-11-27",
        "大後天 => 大後天 => 2026-11-28",
        "下週一 => 下週一 => 2026-11-30",
        "下禮拜一 => 下禮拜一 => 2026-11-30",
        "這週五 => 這週五 => 2026-11-27",
        "下個月3號 => 下個月3號 => 2026-12-03",
        "3月5號 => 3月5號 => 2027-03-05",
        "三天後 => 三天後 => 2026-11-28",
        "兩個星期後 => 兩個星期後 => 2026-12-09",
        // en
        "today => today => 2026-11-25",
        "Tomorrow please => Tomorrow => 2026-11-26",
        "yesterday => yesterday => 2026-11-24",
        "the day after tomorrow => the day after tomorrow => 2026-11-27",
        "next Monday => next Monday => 2026-11-30",
        "next Friday => next Friday => 2026-12-04",
        "this Friday => this Friday => 2026-11-27",
        "last Wednesday => last Wednesday => 2026-11-18",
        "on Monday => Monday => 2026-11-30",
        "on Wednesday => Wednesday => 2026-11-25",
        "March 5 => March 5 => 2027-03-05",
        "5 March => 5 March => 2027-03-05",
        "the 5th of March => 5th of March => 2027-03-05",
        "Mar 5th, 2025 => Mar 5th, 2025 => 2025-03-05",
        "on May 1 => May 1 => 2027-05-01",
        "Oct 1 => Oct 1 => 2026-10-01",
        "in 3 days => in 3 days => 2026-11-28",
        "in two weeks => in two weeks => 2026-12-09",
        "in a month => in a month => 2026-12-25",
        "3 days ago => 3 days ago => 2026-11-22",
    })
    void resolvesDatesAgainstToday(String text, String matched, String value) {
        assertThat(extractor.extract(text)).singleElement().satisfies(date -> {
            assertThat(date.type()).isEqualTo(EntityType.DATE);
            assertThat(date.value()).isEqualTo(value);
            assertThat(text.substring(date.start(), date.end())).isEqualTo(matched);
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", value = {
        "5.3 => a decimal",
        "升级到 2.5.3 => a version number",
        "version 2025.3.5 => a version that looks like a year",
        "3/5 => day and month in unknown order",
        "13812345678 => a phone number",
        "订单号 DD20250305 => an order number",
        "订单 2025-03-05-001 => a dated order code",
        "I have 2 questions => a count",
        "第3个 => an ordinal",
        "2月30日 => no such day",
        "2025-13-05 => no such month",
        "一周一次 => once a week",
        "每个星期一 => every Monday",
        "周杰伦 => a name",
        "5号线 => a metro line",
        "这周一直没发货 => 一直, all along",
        "that 2 may help => may, the verb",
        "in 3 minutes => not a day unit",
    })
    void findsNoDateInLookAlikes(String text, String why) {
        assertThat(extractor.extract(text)).as(why).noneMatch(e -> e.type() == EntityType.DATE);
    }

    @Test
    void monthAndDayWithoutAYearIsTheOneNearestToday() {
        EntityExtractor inJanuary = new EntityExtractor(
                Clock.fixed(Instant.parse("2027-01-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));

        assertThat(inJanuary.extract("12月20日")).extracting(Entity::value).containsExactly("2026-12-20");
        assertThat(inJanuary.extract("3月5日")).extracting(Entity::value).containsExactly("2027-03-05");
    }

    @Test
    void todayIsTheClocksDayInItsZone() {
        Instant lateEvening = Instant.parse("2026-11-25T20:00:00Z");

        assertThat(new EntityExtractor(Clock.fixed(lateEvening, ZoneId.of("Asia/Shanghai"))).extract("today"))
                .extracting(Entity::value).containsExactly("2026-11-26");
        assertThat(new EntityExtractor(Clock.fixed(lateEvening, ZoneId.of("UTC"))).extract("today"))
                .extracting(Entity::value).containsExactly("2026-11-25");
    }
}
