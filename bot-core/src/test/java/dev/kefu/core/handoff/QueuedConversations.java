package dev.kefu.core.handoff;

import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.conversation.HandoffReason;
import dev.kefu.core.conversation.MessageSentiment;
import dev.kefu.core.engine.Engine;
import dev.kefu.core.store.ConversationStore;
import dev.kefu.sentiment.polarity.Emotion;
import dev.kefu.sentiment.polarity.Sentiment;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Puts conversations in a store as the engine would have queued them, without running the engine. */
final class QueuedConversations {

    private QueuedConversations() {
    }

    static void queue(ConversationStore store, String id, String language, HandoffReason reason, Instant at,
                      double sentiment, Set<String> tags, String intent) {
        Map<String, String> opened = new HashMap<>(Map.of("channel", "web", "userId", "user-" + id));
        if (!tags.isEmpty()) {
            opened.put(Engine.TAGS_DATA, String.join(",", new TreeSet<>(tags)));
        }
        Map<String, String> said = new HashMap<>(MessageSentiment.data(new Sentiment(sentiment,
                Sentiment.labelOf(sentiment, 0.2), Emotion.NONE)));
        said.put("language", language);
        said.put("intent", intent);
        store.append(List.of(
                new ConversationEvent(id, 1, at, EventKind.OPENED, "customer", null, opened),
                new ConversationEvent(id, 2, at, EventKind.CUSTOMER_MESSAGE, "customer", "text of " + id, said),
                new ConversationEvent(id, 3, at, EventKind.STATE_CHANGED, "bot", null,
                        Map.of("from", "BOT", "to", "QUEUED", "command", "HAND_OFF", "reason", reason.name()))));
    }

    static void queue(ConversationStore store, String id, String language, HandoffReason reason, Instant at) {
        queue(store, id, language, reason, at, 0.0, Set.of(), "none");
    }
}
