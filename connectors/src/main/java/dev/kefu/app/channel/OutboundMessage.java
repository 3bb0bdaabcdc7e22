package dev.kefu.app.channel;

import java.util.List;
import java.util.Objects;

/**
 * One message to send on a platform, already in its markup and within its length limit.
 * {@code id} is ours and makes the send idempotent: a message is sent once per id.
 * {@code replyToMessageId} threads it under the member's message where the platform can;
 * {@code mentionUserIds} are members to @-mention.
 */
public record OutboundMessage(String id, Destination to, String text, String replyToMessageId,
                              List<String> mentionUserIds) {

    public OutboundMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
        mentionUserIds = mentionUserIds == null ? List.of() : List.copyOf(mentionUserIds);
    }
}
