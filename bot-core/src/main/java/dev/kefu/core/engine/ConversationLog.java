package dev.kefu.core.engine;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationCommand;
import dev.kefu.core.conversation.EventKind;
import java.util.Map;

/**
 * The events one change adds to a conversation, numbered on from it, given to a
 * {@link Engine#update} step: what it adds is stored together, or nothing is.
 */
public interface ConversationLog {

    /** The conversation with the events added so far. */
    Conversation conversation();

    /** Adds an event (a message, a note); {@code text} must already be redacted. */
    void add(EventKind kind, String actor, String text, Map<String, String> data);

    /**
     * Changes the state through the one transition table, recording {@code reason} and
     * {@code details} (e.g. the agent assigned); throws {@code IllegalTransitionException} for an illegal move.
     */
    void transition(ConversationCommand command, String actor, String reason, Map<String, String> details);
}
