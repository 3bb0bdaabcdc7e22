package dev.kefu.app.widget;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed visitor identities: a token binds a user id that the server chose, so that a widget can
 * read only its own visitor's conversations. The token is {@code base64url(userId "." issuedAt)}
 * {@code "." base64url(HMAC-SHA256)}; nothing is stored on the server, and every instance that
 * shares the secret accepts it. It expires after the configured time.
 */
final class VisitorTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Duration ttl;
    private final Clock clock;

    VisitorTokens(byte[] secret, Duration ttl, Clock clock) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the visitor token secret must have at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.ttl = ttl;
        this.clock = clock;
    }

    /** A new visitor: a random user id and its token. */
    Visitor issue() {
        String userId = "w-" + UUID.randomUUID();
        String payload = userId + "." + clock.instant().getEpochSecond();
        String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return new Visitor(userId, encoded + "." + ENCODER.encodeToString(sign(encoded)));
    }

    /** The user id a token binds, if its signature is right and it has not expired. */
    Optional<String> verify(String token) {
        if (token == null || token.length() > 512) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        String encoded = token.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(sign(encoded), DECODER.decode(token.substring(dot + 1)))) {
                return Optional.empty();
            }
            String payload = new String(DECODER.decode(encoded), StandardCharsets.UTF_8);
            int split = payload.lastIndexOf('.');
            Instant issued = Instant.ofEpochSecond(Long.parseLong(payload.substring(split + 1)));
            return issued.plus(ttl).isAfter(clock.instant()) ? Optional.of(payload.substring(0, split)) : Optional.empty();
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String encodedPayload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(encodedPayload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }

    /** A visitor's user id and the token that proves it. */
    record Visitor(String userId, String token) {
    }
}
