package dev.kefu.app.widget;

import dev.kefu.app.channel.web.WebChannel;
import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.store.ConversationStore;
import java.util.List;
import java.util.Optional;

/**
 * The one gate between a visitor and the conversations: a token names the visitor, and a
 * conversation is theirs only if it was opened on the web channel by that user id. Another
 * visitor's conversation looks exactly like one that does not exist.
 */
final class VisitorConversations {

    private final ConversationStore store;
    private final VisitorTokens tokens;

    VisitorConversations(ConversationStore store, VisitorTokens tokens) {
        this.store = store;
        this.tokens = tokens;
    }

    /** The visitor's user id, or {@link VisitorUnauthorizedException}. */
    String visitor(String token) {
        return tokens.verify(token).orElseThrow(VisitorUnauthorizedException::new);
    }

    /** The conversation if it belongs to the visitor, or {@link ConversationNotFoundException}. */
    Conversation owned(String userId, String conversationId) {
        return Optional.ofNullable(conversationId).flatMap(store::find)
                .filter(c -> c.channel().equals(WebChannel.NAME) && c.userId().equals(userId))
                .orElseThrow(ConversationNotFoundException::new);
    }

    /** What the visitor may see of their conversation after sequence {@code after}. */
    EventsPage after(String userId, String conversationId, long after) {
        Conversation conversation = owned(userId, conversationId);
        List<ConversationEvent> events = store.events(conversation.id());
        long last = events.isEmpty() ? 0 : events.get(events.size() - 1).sequence();
        ConversationState state = stateAt(events);
        return new EventsPage(conversation.id(), state.name(), Math.max(last, after),
                state == ConversationState.QUEUED ? queuePosition(conversation.id()) : null,
                events.stream().filter(e -> e.sequence() > after).map(EventView::of).flatMap(Optional::stream).toList());
    }

    // the state as of the events read, so that a page never says more than its events show
    private static ConversationState stateAt(List<ConversationEvent> events) {
        ConversationState state = ConversationState.BOT;
        for (ConversationEvent event : events) {
            if (event.kind() == EventKind.STATE_CHANGED) {
                state = ConversationState.valueOf(event.data("to"));
            }
        }
        return state;
    }

    private Integer queuePosition(String conversationId) {
        List<Conversation> queued = store.inState(ConversationState.QUEUED);
        for (int i = 0; i < queued.size(); i++) {
            if (queued.get(i).id().equals(conversationId)) {
                return i + 1;
            }
        }
        return null;
    }
}
