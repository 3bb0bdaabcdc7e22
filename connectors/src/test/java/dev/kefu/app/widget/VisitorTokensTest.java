package dev.kefu.app.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VisitorTokensTest {

    private static final byte[] SECRET = "a secret of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");

    private static VisitorTokens tokens(byte[] secret, Instant now) {
        return new VisitorTokens(secret, Duration.ofDays(30), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aTokenBindsItsVisitorUntilItExpires() {
        VisitorTokens.Visitor visitor = tokens(SECRET, NOW).issue();

        assertThat(tokens(SECRET, NOW.plus(Duration.ofDays(29))).verify(visitor.token())).hasValue(visitor.userId());
        assertThat(tokens(SECRET, NOW.plus(Duration.ofDays(30))).verify(visitor.token())).isEmpty();
        assertThat(tokens("another secret, also thirty-two bytes".getBytes(StandardCharsets.UTF_8), NOW)
                .verify(visitor.token())).isEmpty();
    }

    @Test
    void aVisitorWhoRewritesTheUserIdIsRefused() {
        VisitorTokens tokens = tokens(SECRET, NOW);
        VisitorTokens.Visitor visitor = tokens.issue();
        String signature = visitor.token().substring(visitor.token().indexOf('.') + 1);
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("w-someone-else." + NOW.getEpochSecond()).getBytes(StandardCharsets.UTF_8));

        assertThat(tokens.verify(payload + "." + signature)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "abc", "a.b.c", "!!!.???", "Zm9v.", ".Zm9v", "<script>alert(1)</script>"})
    void malformedTokensAreRefusedQuietly(String token) {
        assertThat(tokens(SECRET, NOW).verify(token)).isEmpty();
        assertThat(tokens(SECRET, NOW).verify(null)).isEmpty();
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> tokens("short".getBytes(StandardCharsets.UTF_8), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
