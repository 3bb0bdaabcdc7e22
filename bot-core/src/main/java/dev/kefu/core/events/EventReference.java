package dev.kefu.core.events;

import dev.kefu.core.conversation.EventKind;
import java.util.Objects;

/**
 * A stored event named, never copied: its conversation, its sequence there and its kind. Work
 * travels as references so that no queue holds a second copy of what customers wrote; whoever
 * needs the text reads the event from the store, where a request to be forgotten deletes it.
 */
public record EventReference(String conversationId, long sequence, EventKind kind) {

    public EventReference {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(kind, "kind");
        if (conversationId.isBlank() || sequence < 1) {
            throw new IllegalArgumentException("an event reference needs a conversation id and a sequence from 1, not "
                    + conversationId + " #" + sequence);
        }
    }
}
