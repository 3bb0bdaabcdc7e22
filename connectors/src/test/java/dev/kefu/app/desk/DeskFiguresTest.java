package dev.kefu.app.desk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.csat.CsatRecorder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The supervisor's figures from stored events. */
class DeskFiguresTest {

    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");

    /** A conversation's events, each {@code seconds} after T0. */
    private static final class Events {
        private final String id;
        private final List<ConversationEvent> events = new ArrayList<>();

        Events(String id) {
            this.id = id;
            add(0, EventKind.OPENED, null, Map.of());
            add(0, EventKind.CUSTOMER_MESSAGE, "hi", Map.of());
        }

        Events add(long seconds, EventKind kind, String text, Map<String, String> data) {
            events.add(new ConversationEvent(id, events.size() + 1, T0.plusSeconds(seconds), kind, "x", text, data));
            return this;
        }

        Events handoff(long seconds, String reason) {
            return add(seconds, EventKind.STATE_CHANGED, null, Map.of("command", "HAND_OFF", "from", "BOT", "to", "QUEUED",
                    "reason", reason));
        }

        Events agentSays(long seconds) {
            return add(seconds, EventKind.AGENT_MESSAGE, "hello", Map.of());
        }

        Events rated(long seconds, int score) {
            return add(seconds, EventKind.CSAT, null, Map.of(CsatRecorder.SCORE_DATA, Integer.toString(score)));
        }
    }

    @Test
    void containmentHandoffsFirstResponseAndCsat() {
        DeskFigures figures = DeskFigures.of(List.of(
                new Events("bot-only").add(1, EventKind.BOT_REPLY, "answer", Map.of()).rated(5, 4).events,
                new Events("asked").handoff(10, "USER_REQUEST").agentSays(40).agentSays(50).rated(60, 5).events,
                new Events("angry").handoff(0, "NEGATIVE_SENTIMENT").agentSays(90).events,
                new Events("waiting").handoff(5, "USER_REQUEST").events));

        assertThat(figures.conversations()).isEqualTo(4);
        assertThat(figures.contained()).isEqualTo(1);
        assertThat(figures.containmentRate()).isEqualTo(0.25);
        assertThat(figures.handoffsByReason()).containsExactly(Map.entry("NEGATIVE_SENTIMENT", 1), Map.entry("USER_REQUEST", 2));
        assertThat(figures.firstResponseSeconds()).as("(30 + 90) / 2, the second message not counted").isEqualTo(60.0);
        assertThat(figures.ratings()).isEqualTo(2);
        assertThat(figures.csatAverage()).isEqualTo(4.5);
    }

    @Test
    void noConversationsHaveNoRatesRatherThanZero() {
        DeskFigures figures = DeskFigures.of(List.of());
        assertThat(figures.containmentRate()).isNull();
        assertThat(figures.firstResponseSeconds()).isNull();
        assertThat(figures.csatAverage()).isNull();
        assertThat(figures.handoffsByReason()).isEmpty();
    }
}
