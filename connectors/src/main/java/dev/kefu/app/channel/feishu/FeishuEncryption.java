package dev.kefu.app.channel.feishu;

import dev.kefu.app.channel.InboundPayloads;
import dev.kefu.app.web.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;

/**
 * Opens an event Feishu encrypted with the Encrypt Key, {@code {"encrypt": base64}}, as Feishu
 * documents it: AES-256-CBC with PKCS#7 padding, keyed with the SHA-256 of the Encrypt Key, the
 * first 16 bytes being the IV. A body that is not encrypted is read as it is.
 */
final class FeishuEncryption {

    private final SecretKeySpec key;

    FeishuEncryption(String encryptKey) {
        this.key = encryptKey == null ? null
                : new SecretKeySpec(FeishuSignature.sha256(encryptKey.getBytes(StandardCharsets.UTF_8)), "AES");
    }

    /** The event as a JSON object; a body that is not one, or does not decrypt to one, is answered 400. */
    JsonNode open(byte[] body) {
        JsonNode envelope = InboundPayloads.object(body);
        String encrypted = InboundPayloads.text(envelope, "encrypt");
        if (encrypted == null) {
            return envelope;
        }
        if (key == null) {
            throw new InvalidInputException("encrypt", "an encrypted event needs kefu.channels.feishu.encrypt-key");
        }
        try {
            byte[] raw = Base64.getDecoder().decode(encrypted);
            if (raw.length < 32 || raw.length % 16 != 0) {
                throw new InvalidInputException("encrypt", "must be an AES-256-CBC ciphertext after its IV");
            }
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(Arrays.copyOf(raw, 16)));
            return InboundPayloads.object(cipher.doFinal(raw, 16, raw.length - 16));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new InvalidInputException("encrypt", "does not decrypt with the configured encrypt key");
        }
    }
}
