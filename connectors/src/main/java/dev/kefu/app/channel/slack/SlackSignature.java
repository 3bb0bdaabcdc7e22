package dev.kefu.app.channel.slack;

import dev.kefu.app.channel.ForgedDeliveryException;
import dev.kefu.app.channel.InboundPayloads;
import dev.kefu.app.channel.ReplayWindow;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Slack's request signing: {@code X-Slack-Signature} is {@code v0=} and the hex HMAC-SHA256, keyed
 * with the signing secret, of {@code v0:<X-Slack-Request-Timestamp>:<raw body>}; compared in
 * constant time, and refused when the timestamp is more than five minutes from now (a replay).
 */
final class SlackSignature {

    private static final Duration REPLAY_WINDOW = Duration.ofMinutes(5);

    private final String signingSecret;
    private final ReplayWindow replayWindow;

    SlackSignature(String signingSecret, Clock clock) {
        this.signingSecret = signingSecret;
        this.replayWindow = ReplayWindow.seconds("slack", "X-Slack-Request-Timestamp", REPLAY_WINDOW, clock);
    }

    void verify(String timestamp, String signature, byte[] body) {
        replayWindow.requireSecret(signingSecret, "signing secret");
        long seconds = replayWindow.check(timestamp);
        byte[] base = ("v0:" + seconds + ":").getBytes(StandardCharsets.UTF_8);
        byte[] signed = new byte[base.length + body.length];
        System.arraycopy(base, 0, signed, 0, base.length);
        System.arraycopy(body, 0, signed, base.length, body.length);
        String expected = "v0=" + HexFormat.of().formatHex(InboundPayloads.hmacSha256(signingSecret, signed));
        if (!InboundPayloads.sameSecret(signature, expected)) {
            throw new ForgedDeliveryException("slack: wrong X-Slack-Signature");
        }
    }
}
