package dev.kefu.core.handoff;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.store.ConversationStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The conversations waiting for an agent, most urgent first (ties: longest waiting first). It is
 * read from the conversation store, the one record of who waits, so every instance sees the
 * same queue and it can never disagree with the conversations' states.
 */
public final class HandoffQueue {

    private final ConversationStore store;
    private final Urgency urgency;
    private final SkillRouting routing;
    private final Clock clock;

    public HandoffQueue(ConversationStore store, Urgency urgency, SkillRouting routing, Clock clock) {
        this.store = store;
        this.urgency = urgency;
        this.routing = routing;
        this.clock = clock;
    }

    /** Every waiting conversation, in the order agents should take them. */
    public List<QueuedConversation> ordered() {
        Instant now = clock.instant();
        List<QueuedConversation> waiting = new ArrayList<>();
        for (Conversation conversation : store.inState(ConversationState.QUEUED)) {
            waiting.add(QueuedConversation.of(conversation, store.events(conversation.id()), routing));
        }
        waiting.sort(order(now));
        return waiting;
    }

    /** The 1-based place of {@code conversationId} in the queue, or 0 when it is not waiting. */
    public int position(String conversationId) {
        List<QueuedConversation> waiting = ordered();
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i).id().equals(conversationId)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The place a conversation that is being queued (not stored yet) will take. */
    public int positionOnArrival(QueuedConversation arriving) {
        Comparator<QueuedConversation> order = order(clock.instant());
        return 1 + (int) ordered().stream().filter(w -> !w.id().equals(arriving.id()))
                .filter(w -> order.compare(w, arriving) < 0).count();
    }

    public double score(QueuedConversation waiting) {
        return urgency.score(waiting, clock.instant());
    }

    public SkillRouting routing() {
        return routing;
    }

    private Comparator<QueuedConversation> order(Instant now) {
        return Comparator.comparingDouble((QueuedConversation w) -> -urgency.score(w, now))
                .thenComparing(QueuedConversation::queuedAt).thenComparing(QueuedConversation::id);
    }
}
