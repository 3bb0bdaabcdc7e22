package dev.kefu.core.handoff;

import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.events.EventReference;
import dev.kefu.core.events.WorkHandler;
import dev.kefu.core.store.ConversationStore;

/**
 * The work of the {@value #GROUP} group: when an event puts a conversation in the queue (the
 * customer handed off, or an agent transferred it back), the dispatcher runs at
 * once, on whichever instance takes the event, instead of at the scheduler's next round. The
 * round stays as the safety net; a second run finds nothing more to do.
 */
public final class DispatchWhenQueued implements WorkHandler {

    /** The work group whose consumers dispatch. */
    public static final String GROUP = "handoff";

    private final ConversationStore store;
    private final Dispatcher dispatcher;

    public DispatchWhenQueued(ConversationStore store, Dispatcher dispatcher) {
        this.store = store;
        this.dispatcher = dispatcher;
    }

    @Override
    public void handle(EventReference event) {
        if (event.kind() != EventKind.STATE_CHANGED) {
            return;
        }
        boolean queued = store.event(event.conversationId(), event.sequence())
                .map(e -> ConversationState.QUEUED.name().equals(e.data("to"))).orElse(false);
        if (queued) {
            dispatcher.dispatch();
        }
    }
}
