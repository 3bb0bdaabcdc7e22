package dev.kefu.core.conversation;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened in a conversation, numbered in order from 1. Conversations, transcripts
 * and figures are rebuilt from these. {@code text} holds message text (already redacted);
 * {@code data} the details of the kind (e.g. {@code from}, {@code to}, {@code reason}).
 */
public record ConversationEvent(String conversationId, long sequence, Instant at, EventKind kind,
                                String actor, String text, Map<String, String> data) {

    public ConversationEvent {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    public String data(String key) {
        return data.get(key);
    }
}
