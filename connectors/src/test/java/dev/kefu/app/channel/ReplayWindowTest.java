package dev.kefu.app.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReplayWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ReplayWindow seconds = ReplayWindow.seconds("slack", "X-Slack-Request-Timestamp", Duration.ofMinutes(5), clock);
    private final ReplayWindow millis = ReplayWindow.millis("dingtalk", "timestamp header", Duration.ofHours(1), clock);

    @Test
    void takesATimestampWithinTheWindowEitherSideOfNow() {
        long now = NOW.getEpochSecond();
        assertThat(seconds.check(Long.toString(now))).isEqualTo(now);
        assertThat(seconds.check(" " + (now - 300) + " ")).isEqualTo(now - 300);
        assertThat(seconds.check(Long.toString(now + 300))).isEqualTo(now + 300);
        assertThat(millis.check(Long.toString(NOW.toEpochMilli() - 3_600_000))).isEqualTo(NOW.toEpochMilli() - 3_600_000);
    }

    @Test
    void refusesAStaleOrFutureTimestamp() {
        long now = NOW.getEpochSecond();
        assertThatThrownBy(() -> seconds.check(Long.toString(now - 301))).isInstanceOf(ForgedDeliveryException.class)
                .hasMessageContaining("slack").hasMessageContaining("X-Slack-Request-Timestamp");
        assertThatThrownBy(() -> seconds.check(Long.toString(now + 301))).isInstanceOf(ForgedDeliveryException.class);
        // seconds where milliseconds are expected are decades away
        assertThatThrownBy(() -> millis.check(Long.toString(now))).isInstanceOf(ForgedDeliveryException.class)
                .hasMessageContaining("dingtalk");
        // full-width digits parse as a number, here far from now
        assertThatThrownBy(() -> seconds.check("１７６４２３")).isInstanceOf(ForgedDeliveryException.class)
                .hasMessageContaining("outside the window");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "yesterday", "1.7e9", "99999999999999999999"})
    void refusesAMissingOrMalformedTimestamp(String timestamp) {
        assertThatThrownBy(() -> seconds.check(timestamp)).isInstanceOf(ForgedDeliveryException.class)
                .hasMessage("slack: missing or malformed X-Slack-Request-Timestamp");
    }

    @Test
    void refusesEveryDeliveryWhileNoSecretIsConfigured() {
        assertThatThrownBy(() -> seconds.requireSecret(null, "signing secret")).isInstanceOf(ForgedDeliveryException.class)
                .hasMessage("slack: no signing secret is configured");
        assertThatThrownBy(() -> seconds.requireSecret("", "signing secret")).isInstanceOf(ForgedDeliveryException.class);
        seconds.requireSecret("s3cret", "signing secret");
    }
}
