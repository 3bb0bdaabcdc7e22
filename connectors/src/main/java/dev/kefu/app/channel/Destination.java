package dev.kefu.app.channel;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a message goes on one platform: a chat, the thread in it (a Slack {@code thread_ts}, a
 * Telegram forum topic) or null, whether it is a private chat, and for platforms that answer
 * through a URL of the session (DingTalk's {@code sessionWebhook}) that URL and when it expires.
 * It is also what {@link ChannelState} keeps to route an agent's reply back.
 */
public record Destination(String chatId, String threadId, boolean privateChat, String sessionUrl,
                          Instant sessionExpiresAt) {

    public Destination {
        Objects.requireNonNull(chatId, "chatId");
    }

    public static Destination chat(String chatId, String threadId, boolean privateChat) {
        return new Destination(chatId, threadId, privateChat, null, null);
    }
}
