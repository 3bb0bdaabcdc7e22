package dev.kefu.app.channel.feishu;

import dev.kefu.app.channel.ForgedDeliveryException;
import dev.kefu.app.channel.InboundPayloads;
import dev.kefu.app.channel.ReplayWindow;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Feishu's event signature: {@code X-Lark-Signature} is the hex SHA-256 of
 * {@code <X-Lark-Request-Timestamp><X-Lark-Request-Nonce><Encrypt Key><raw body>}, as Feishu documents
 * it; compared in constant time, and refused when the timestamp (seconds) is more than five minutes
 * from now, so that a captured delivery cannot be replayed later.
 */
final class FeishuSignature {

    private static final Duration REPLAY_WINDOW = Duration.ofMinutes(5);

    private final String encryptKey;
    private final ReplayWindow replayWindow;

    FeishuSignature(String encryptKey, Clock clock) {
        this.encryptKey = encryptKey;
        this.replayWindow = ReplayWindow.seconds("feishu", "X-Lark-Request-Timestamp", REPLAY_WINDOW, clock);
    }

    void verify(String timestamp, String nonce, String signature, byte[] body) {
        replayWindow.requireSecret(encryptKey, "encrypt key");
        replayWindow.check(timestamp);
        if (nonce == null || nonce.isEmpty()) {
            throw new ForgedDeliveryException("feishu: missing X-Lark-Request-Nonce");
        }
        ByteArrayOutputStream signed = new ByteArrayOutputStream(body.length + 128);
        signed.writeBytes((timestamp.trim() + nonce + encryptKey).getBytes(StandardCharsets.UTF_8));
        signed.writeBytes(body);
        if (!InboundPayloads.sameSecret(signature, HexFormat.of().formatHex(sha256(signed.toByteArray())))) {
            throw new ForgedDeliveryException("feishu: wrong X-Lark-Signature");
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
