package dev.kefu.core.store;

import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.conversation.EventKind;
import java.time.Instant;
import java.util.Map;

/** Events for store tests: a conversation opened, a customer's message, a change of state. */
public final class StoreEvents {

    public static final Instant T0 = Instant.parse("2026-01-01T00:00:00.123456789Z");

    private StoreEvents() {
    }

    public static ConversationEvent opened(String id, String channel, String user, Instant at) {
        return new ConversationEvent(id, 1, at, EventKind.OPENED, "customer", null,
                Map.of("channel", channel, "userId", user));
    }

    public static ConversationEvent opened(String id, String user) {
        return opened(id, "web", user, T0);
    }

    public static ConversationEvent message(String id, long sequence, String text) {
        return new ConversationEvent(id, sequence, T0.plusSeconds(sequence), EventKind.CUSTOMER_MESSAGE, "customer",
                text, Map.of("language", "zh-Hans"));
    }

    public static ConversationEvent moved(String id, long sequence, ConversationState from, ConversationState to,
                                          Instant at) {
        return new ConversationEvent(id, sequence, at, EventKind.STATE_CHANGED, "bot", null,
                Map.of("from", from.name(), "to", to.name(), "reason", "USER_REQUEST"));
    }
}
