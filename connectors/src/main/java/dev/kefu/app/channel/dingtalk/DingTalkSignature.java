package dev.kefu.app.channel.dingtalk;

import dev.kefu.app.channel.ForgedDeliveryException;
import dev.kefu.app.channel.InboundPayloads;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * DingTalk's outgoing-robot signature: header {@code sign} is the base64 HMAC-SHA256, keyed with the
 * AppSecret, of {@code <timestamp>\n<AppSecret>}, with header {@code timestamp} in milliseconds and
 * within an hour of now, as DingTalk documents; compared in constant time.
 */
final class DingTalkSignature {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final String appSecret;
    private final Clock clock;

    DingTalkSignature(String appSecret, Clock clock) {
        this.appSecret = appSecret;
        this.clock = clock;
    }

    void verify(String timestamp, String sign) {
        if (appSecret == null || appSecret.isEmpty()) {
            throw new ForgedDeliveryException("dingtalk: no app secret is configured");
        }
        long millis;
        try {
            millis = Long.parseLong(timestamp == null ? "" : timestamp.trim());
        } catch (NumberFormatException e) {
            throw new ForgedDeliveryException("dingtalk: missing or malformed timestamp header");
        }
        if (Math.abs(clock.millis() - millis) > WINDOW.toMillis()) {
            throw new ForgedDeliveryException("dingtalk: timestamp outside the one-hour window");
        }
        String expected = Base64.getEncoder().encodeToString(
                InboundPayloads.hmacSha256(appSecret, (millis + "\n" + appSecret).getBytes(StandardCharsets.UTF_8)));
        if (!InboundPayloads.sameSecret(sign, expected)) {
            throw new ForgedDeliveryException("dingtalk: wrong sign header");
        }
    }
}
