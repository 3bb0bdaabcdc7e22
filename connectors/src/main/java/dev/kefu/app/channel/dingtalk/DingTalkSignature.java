package dev.kefu.app.channel.dingtalk;

import dev.kefu.app.channel.ForgedDeliveryException;
import dev.kefu.app.channel.InboundPayloads;
import dev.kefu.app.channel.ReplayWindow;
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
    private final ReplayWindow replayWindow;

    DingTalkSignature(String appSecret, Clock clock) {
        this.appSecret = appSecret;
        this.replayWindow = ReplayWindow.millis("dingtalk", "timestamp header", WINDOW, clock);
    }

    void verify(String timestamp, String sign) {
        replayWindow.requireSecret(appSecret, "app secret");
        long millis = replayWindow.check(timestamp);
        String expected = Base64.getEncoder().encodeToString(
                InboundPayloads.hmacSha256(appSecret, (millis + "\n" + appSecret).getBytes(StandardCharsets.UTF_8)));
        if (!InboundPayloads.sameSecret(sign, expected)) {
            throw new ForgedDeliveryException("dingtalk: wrong sign header");
        }
    }
}
