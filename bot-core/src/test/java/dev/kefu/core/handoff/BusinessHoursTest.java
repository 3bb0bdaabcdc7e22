package dev.kefu.core.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Weekly hours in the business's time zone, holidays, and when agents are next at work. */
class BusinessHoursTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Weekdays 09:00–12:00 and 13:00–18:00, Saturday 10:00–16:00, in Shanghai; 2026-10-01 (National Day, a Thursday) closed. */
    private static final BusinessHours SHOP = weekdays(BusinessHours.builder().zone(SHANGHAI))
            .open(DayOfWeek.SATURDAY, BusinessHours.Period.parse("10:00-16:00"))
            .holiday(LocalDate.parse("2026-10-01")).build();

    private static BusinessHours.Builder weekdays(BusinessHours.Builder builder) {
        for (DayOfWeek day : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY}) {
            builder.open(day, BusinessHours.Period.parse("09:00-12:00")).open(day, BusinessHours.Period.parse("13:00-18:00"));
        }
        return builder;
    }

    @ParameterizedTest(name = "{0} open: {1}")
    @CsvSource({
        // instants in UTC; Shanghai is UTC+8
        "2026-09-28T01:00:00Z,true",   // Monday 09:00 Shanghai
        "2026-09-28T00:59:59Z,false",  // Monday 08:59:59
        "2026-09-28T04:30:00Z,false",  // Monday 12:30, lunch
        "2026-09-28T09:59:59Z,true",   // Monday 17:59:59
        "2026-09-28T10:00:00Z,false",  // Monday 18:00, closes exclusive
        "2026-10-01T02:00:00Z,false",  // Thursday 10:00, National Day
        "2026-10-03T03:00:00Z,true",   // Saturday 11:00
        "2026-10-04T03:00:00Z,false",  // Sunday
        "2026-09-27T17:00:00Z,false",  // Sunday 17:00 UTC is already Monday 01:00 in Shanghai: closed
        "2026-09-28T16:30:00Z,false",  // Monday 16:30 UTC is Tuesday 00:30 in Shanghai
    })
    void isOpenInTheBusinessesTimeZone(Instant at, boolean open) {
        assertThat(SHOP.isOpen(at)).isEqualTo(open);
    }

    @ParameterizedTest(name = "after {0}: {1}")
    @CsvSource({
        "2026-09-28T04:30:00Z,2026-09-28T13:00+08:00[Asia/Shanghai]",  // Monday lunch: 13:00 the same day
        "2026-09-30T11:00:00Z,2026-10-02T09:00+08:00[Asia/Shanghai]",  // Wednesday evening: skips the holiday
        "2026-10-03T09:00:00Z,2026-10-05T09:00+08:00[Asia/Shanghai]",  // Saturday 17:00: Monday, skipping Sunday
        "2026-09-28T02:00:00Z,2026-09-28T10:00+08:00[Asia/Shanghai]",  // open now: now
    })
    void saysWhenAgentsAreNextAtWork(Instant at, String opening) {
        assertThat(SHOP.nextOpening(at)).contains(ZonedDateTime.parse(opening));
    }

    @Test
    void theSameHoursInAnotherTimeZoneOpenAtAnotherInstant() {
        BusinessHours london = weekdays(BusinessHours.builder().zone(ZoneId.of("Europe/London"))).build();
        Instant mondayNineInShanghai = Instant.parse("2026-09-28T01:00:00Z");
        assertThat(SHOP.isOpen(mondayNineInShanghai)).isTrue();
        assertThat(london.isOpen(mondayNineInShanghai)).isFalse();
        // London is on summer time (UTC+1) until 25 October: 09:00 there is 08:00 UTC
        assertThat(london.nextOpening(mondayNineInShanghai)).contains(ZonedDateTime.parse("2026-09-28T09:00+01:00[Europe/London]"));
        assertThat(london.isOpen(Instant.parse("2026-10-26T08:30:00Z"))).isFalse();
        assertThat(london.isOpen(Instant.parse("2026-10-26T09:00:00Z"))).isTrue();
    }

    @Test
    void withoutHoursItIsAlwaysOpenAndWithOnlyHolidaysItNeverOpens() {
        assertThat(BusinessHours.ALWAYS_OPEN.isOpen(Instant.parse("2026-10-04T03:00:00Z"))).isTrue();
        BusinessHours never = BusinessHours.builder().zone(SHANGHAI)
                .open(DayOfWeek.MONDAY, BusinessHours.Period.parse("09:00-18:00")).build();
        assertThat(never.nextOpening(Instant.parse("2026-10-04T03:00:00Z")))
                .contains(ZonedDateTime.parse("2026-10-05T09:00+08:00[Asia/Shanghai]"));
        BusinessHours midnight = BusinessHours.builder().zone(SHANGHAI)
                .open(DayOfWeek.FRIDAY, BusinessHours.Period.parse("20:00-00:00")).build();
        assertThat(midnight.isOpen(Instant.parse("2026-10-02T15:59:00Z"))).isTrue();  // Friday 23:59
        assertThat(midnight.isOpen(Instant.parse("2026-10-02T16:00:00Z"))).isFalse(); // Saturday 00:00
    }

    @ParameterizedTest(name = "{0} to {1}: {2} open minutes")
    @CsvSource({
        "2026-09-28T03:30:00Z,2026-09-28T05:30:00Z,60",    // Monday 11:30-13:30 Shanghai: lunch does not count
        "2026-09-30T09:50:00Z,2026-10-02T01:10:00Z,20",    // Wednesday 17:50 to Friday 09:10: the holiday does not count
        "2026-10-03T07:55:00Z,2026-10-05T01:05:00Z,10",    // Saturday 15:55 to Monday 09:05: not Sunday
        "2026-10-04T03:00:00Z,2026-10-04T05:00:00Z,0",     // Sunday
        "2026-09-28T05:00:00Z,2026-09-28T04:00:00Z,0",     // backwards
    })
    void countsOnlyTheOpenTimeBetweenTwoInstants(Instant from, Instant to, long minutes) {
        assertThat(SHOP.openTimeBetween(from, to)).isEqualTo(java.time.Duration.ofMinutes(minutes));
    }

    @Test
    void openTimeIsWallClockTimeWhenAlwaysOpenAndFollowsSummerTime() {
        Instant from = Instant.parse("2026-10-03T03:00:00Z");
        assertThat(BusinessHours.ALWAYS_OPEN.openTimeBetween(from, from.plusSeconds(7200))).isEqualTo(java.time.Duration.ofHours(2));
        BusinessHours london = weekdays(BusinessHours.builder().zone(ZoneId.of("Europe/London"))).build();
        // Friday 23 October 17:30 (UTC+1) to Monday 26 October 09:30 (UTC+0): 30 + 30 open minutes
        assertThat(london.openTimeBetween(Instant.parse("2026-10-23T16:30:00Z"), Instant.parse("2026-10-26T09:30:00Z")))
                .isEqualTo(java.time.Duration.ofMinutes(60));
        BusinessHours lateFriday = BusinessHours.builder().zone(SHANGHAI)
                .open(DayOfWeek.FRIDAY, BusinessHours.Period.parse("20:00-00:00")).build();
        assertThat(lateFriday.openTimeBetween(Instant.parse("2026-10-02T15:00:00Z"), Instant.parse("2026-10-02T17:00:00Z")))
                .isEqualTo(java.time.Duration.ofHours(1)); // Friday 23:00 to Saturday 01:00
    }

    @Test
    void refusesPeriodsThatDoNotMakeSense() {
        assertThatThrownBy(() -> BusinessHours.Period.parse("18:00-09:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BusinessHours.Period.parse("9-18")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> BusinessHours.Period.parse("09:00")).isInstanceOf(IllegalArgumentException.class);
    }
}
