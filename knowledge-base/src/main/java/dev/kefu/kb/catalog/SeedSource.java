package dev.kefu.kb.catalog;

import dev.kefu.kb.io.FaqFormat;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The file the catalog is seeded from (the configured knowledge base or the bundled demo), with its fingerprint. */
public record SeedSource(String name, byte[] content, FaqFormat format) {

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
