package dev.kefu.app.widget;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.csat.CsatRecorder;
import dev.kefu.core.message.Reply;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One event as the visitor may see it: what was said and by whom (customer, bot or agent), the
 * bot's reply type, its choices, the new state, the rating. Sentiment, intent, the reason of a
 * handoff and who the agent is stay on the server.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record EventView(long sequence, String kind, Instant at, String text, String replyType, String faqId,
                 List<String> suggestions, String state, Integer score) {

    // a kind added later (e.g. an agent's internal note) stays hidden until it is listed here
    private static final Set<EventKind> VISIBLE = EnumSet.of(EventKind.CUSTOMER_MESSAGE, EventKind.BOT_REPLY,
            EventKind.AGENT_MESSAGE, EventKind.STATE_CHANGED, EventKind.CSAT);

    static Optional<EventView> of(ConversationEvent event) {
        if (!VISIBLE.contains(event.kind())) {
            return Optional.empty();
        }
        String suggestions = event.data(Reply.SUGGESTIONS_DATA);
        String score = event.data(CsatRecorder.SCORE_DATA);
        return Optional.of(new EventView(event.sequence(), event.kind().name(), event.at(), event.text(),
                event.kind() == EventKind.BOT_REPLY ? event.data("type") : null, event.data("faqId"),
                suggestions == null ? List.of() : List.of(suggestions.split("\n")),
                event.kind() == EventKind.STATE_CHANGED ? event.data("to") : null,
                event.kind() == EventKind.CSAT && score != null ? Integer.valueOf(score) : null));
    }
}
