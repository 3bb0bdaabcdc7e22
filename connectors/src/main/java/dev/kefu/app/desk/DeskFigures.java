package dev.kefu.app.desk;

import dev.kefu.core.conversation.ConversationCommand;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.csat.CsatRecorder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The supervisor's figures, rebuilt from the stored events of every conversation: how many the
 * bot kept (never handed off), handoffs by reason, the mean time from a handoff to the agent's
 * first message, and the mean CSAT score. Recomputed on each read: fine for the thousands of
 * conversations one embedded instance holds, to be replaced by running totals beyond that.
 */
record DeskFigures(int conversations, int contained, Double containmentRate, Map<String, Integer> handoffsByReason,
                   Double firstResponseSeconds, int ratings, Double csatAverage) {

    static DeskFigures of(List<List<ConversationEvent>> conversations) {
        int contained = 0;
        Map<String, Integer> byReason = new TreeMap<>();
        long responseMillis = 0;
        int responses = 0;
        int scoreSum = 0;
        int ratings = 0;
        for (List<ConversationEvent> events : conversations) {
            Instant handedOffAt = null;
            boolean handedOff = false;
            for (ConversationEvent event : events) {
                if (isHandoff(event)) {
                    handedOff = true;
                    handedOffAt = event.at();
                    byReason.merge(event.data("reason") == null ? "UNKNOWN" : event.data("reason"), 1, Integer::sum);
                } else if (event.kind() == EventKind.AGENT_MESSAGE && handedOffAt != null) {
                    responseMillis += Duration.between(handedOffAt, event.at()).toMillis();
                    responses++;
                    handedOffAt = null;
                } else if (event.kind() == EventKind.CSAT && event.data(CsatRecorder.SCORE_DATA) != null) {
                    scoreSum += Integer.parseInt(event.data(CsatRecorder.SCORE_DATA));
                    ratings++;
                }
            }
            if (!handedOff) {
                contained++;
            }
        }
        int total = conversations.size();
        return new DeskFigures(total, contained, ratio(contained, total), byReason,
                responses == 0 ? null : round(responseMillis / 1000.0 / responses), ratings, ratio(scoreSum, ratings));
    }

    private static boolean isHandoff(ConversationEvent event) {
        return event.kind() == EventKind.STATE_CHANGED && ConversationCommand.HAND_OFF.name().equals(event.data("command"));
    }

    private static Double ratio(int part, int whole) {
        return whole == 0 ? null : round((double) part / whole);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
