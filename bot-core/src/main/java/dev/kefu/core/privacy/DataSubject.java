package dev.kefu.core.privacy;

import java.util.Objects;
import java.util.Set;

/**
 * A user who asked to be forgotten, with what their deleted conversations told of them: their ids
 * and the customer's words as stored (redacted), by which other records can find what is theirs.
 */
public record DataSubject(String channel, String userId, Set<String> conversationIds, Set<String> texts) {

    public DataSubject {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(userId, "userId");
        conversationIds = Set.copyOf(conversationIds);
        texts = Set.copyOf(texts);
    }

    /** The key the engine counts a sender's messages by: {@code channel:userId}. */
    public String senderKey() {
        return channel + ":" + userId;
    }
}
