package dev.kefu.core.engine;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.message.Reply;
import java.util.List;

/**
 * What a customer waiting for an agent is told: the queue position, the expected wait, when
 * someone will answer. Without one the engine tells the position in order of waiting.
 */
public interface QueueNotices {

    /**
     * Replies after the policy's handoff reply, for a conversation the turn has just queued;
     * {@code turnEvents} are the turn's events, not stored yet (the conversation's OPENED among them when it is new).
     */
    List<Reply> afterHandoff(Conversation queued, List<ConversationEvent> turnEvents, Turn turn);

    /** The replies to a customer who writes while the conversation waits in the queue. */
    List<Reply> whileQueued(Conversation queued, Turn turn);
}
