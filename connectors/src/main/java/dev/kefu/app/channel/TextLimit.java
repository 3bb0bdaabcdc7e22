package dev.kefu.app.channel;

import java.nio.charset.StandardCharsets;

/**
 * The longest message a platform takes, counted as it counts: in characters (UTF-16 units, as
 * Telegram and Slack count) or in UTF-8 bytes (as DingTalk does).
 */
public record TextLimit(int max, boolean inUtf8Bytes) {

    public TextLimit {
        if (max < 16) {
            throw new IllegalArgumentException("a text limit must be at least 16, not " + max);
        }
    }

    public static TextLimit characters(int max) {
        return new TextLimit(max, false);
    }

    public static TextLimit utf8Bytes(int max) {
        return new TextLimit(max, true);
    }

    public int measure(String text) {
        return inUtf8Bytes ? text.getBytes(StandardCharsets.UTF_8).length : text.length();
    }
}
