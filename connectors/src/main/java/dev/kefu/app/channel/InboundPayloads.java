package dev.kefu.app.channel;

import dev.kefu.app.web.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What every inbound adapter does with a raw delivery: checks secrets in constant time, and reads the JSON. */
public final class InboundPayloads {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private InboundPayloads() {
    }

    /** Whether a secret sent with a delivery is the configured one, in time that does not depend on where they differ. */
    public static boolean sameSecret(String given, String expected) {
        if (given == null || expected == null || expected.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] hmacSha256(String key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The body as a JSON object; anything else is the sender's mistake, answered 400. */
    public static JsonNode object(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new InvalidInputException("body", "must be a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new InvalidInputException("body", "must be a JSON object");
        }
    }

    /** A string field, or null when it is missing or not a string. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : null;
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    public static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            return JSON.missingNode();
        }
    }
}
