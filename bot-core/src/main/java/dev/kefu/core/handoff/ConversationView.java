package dev.kefu.core.handoff;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.summary.ConversationSummary;
import java.util.List;
import java.util.Optional;

/**
 * A conversation as an agent sees it: its state and transcript, every event (notes included), a
 * summary, and the customer's callback request if one is waiting.
 */
public record ConversationView(Conversation conversation, List<ConversationEvent> events, ConversationSummary summary,
                               Optional<CallbackRequest> callback) {

    public ConversationView {
        events = List.copyOf(events);
    }

    /** The agents' internal notes, oldest first. */
    public List<ConversationEvent> notes() {
        return events.stream().filter(e -> e.kind() == EventKind.AGENT_NOTE).toList();
    }
}
