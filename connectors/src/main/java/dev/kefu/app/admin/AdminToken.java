package dev.kefu.app.admin;

import dev.kefu.app.config.SecretFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The bearer token of the admin API. It is compared in constant time and never logged. */
public final class AdminToken {

    static final String FILE_NAME = "admin-token";

    private final byte[] digest;

    private AdminToken(String token) {
        this.digest = sha256(token);
    }

    static AdminToken of(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the admin token must not be blank");
        }
        return new AdminToken(token);
    }

    /**
     * The token kept in {@code file}, or a new random one written there readable by its owner only,
     * so that scripts reading the file keep working across restarts.
     */
    static AdminToken loadOrGenerate(Path file) throws IOException {
        return new AdminToken(SecretFile.loadOrGenerate(file));
    }

    // comparing digests of equal length keeps the time independent of where the texts differ and of their length
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(digest, sha256(presented));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
