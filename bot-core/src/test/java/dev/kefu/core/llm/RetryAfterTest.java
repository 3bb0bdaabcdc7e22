package dev.kefu.core.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The two forms of an HTTP Retry-After header, and what is not one. */
class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "20                            | PT20S",
        "' 7 '                         | PT7S",
        "0                             | PT0S",
        "Fri, 27 Nov 2026 03:00:45 GMT | PT45S",
        "Fri, 27 Nov 2026 02:59:00 GMT | PT0S",
        "86400                         | PT1H",
        "99999999999999999999          | PT1H",
        "Sat, 28 Nov 2026 03:00:00 GMT | PT1H",
    })
    void readsSecondsOrAnHttpDateCutToAnHour(String header, Duration wait) {
        assertThat(RetryAfter.parse(header, NOW)).contains(wait);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "-5", "1.5", "soon", "2026-11-27T03:00:45Z"})
    void ignoresWhatIsNeitherForm(String header) {
        assertThat(RetryAfter.parse(header, NOW)).isEmpty();
    }
}
