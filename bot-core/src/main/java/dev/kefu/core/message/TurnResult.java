package dev.kefu.core.message;

import dev.kefu.core.conversation.ConversationState;
import java.util.List;

/** The engine's answer to one inbound message. */
public record TurnResult(String conversationId, ConversationState state, List<Reply> replies, TurnAnalysis analysis) {

    public TurnResult {
        replies = List.copyOf(replies);
    }
}
