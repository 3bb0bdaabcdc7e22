package dev.kefu.app.agent;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.handoff.CallbackRequest;
import dev.kefu.core.handoff.ConversationView;
import dev.kefu.core.handoff.QueuedConversation;
import dev.kefu.core.llm.HandoffSummary;
import dev.kefu.core.llm.SuggestedReply;
import dev.kefu.core.summary.ConversationSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The agent API's answers. */
final class AgentViews {

    private AgentViews() {
    }

    /** A language model's help with a conversation: {@code summary} null when it had none that held up. */
    record Assist(boolean model, HandoffSummary summary, List<SuggestedReply> suggestedReplies) {
    }

    record Queue(List<Waiting> conversations) {
    }

    /** One waiting conversation, most urgent first. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Waiting(String id, int position, String reason, String language, String skill, List<String> tags,
                   double sentiment, long waitSeconds, boolean timedOut, double urgency) {

        static Waiting of(QueuedConversation q, int position, Instant now, double urgency) {
            return new Waiting(q.id(), position, q.reason() == null ? null : q.reason().name(), q.language(), q.skill(),
                    q.tags().stream().sorted().toList(), round(q.sentiment()),
                    Math.max(0, Duration.between(q.queuedAt(), now).toSeconds()), q.timedOut(), round(urgency));
        }
    }

    record Presence(String agentId, String presence, int conversations, int capacity) {
    }

    /** Where a conversation stands after an agent's action. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record State(String conversationId, String state, String assignee, long lastSequence) {

        static State of(Conversation c) {
            return new State(c.id(), c.state().name(), c.assignee(), c.lastSequence());
        }
    }

    /** One line of the transcript, or a note. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Line(long sequence, Instant at, String kind, String actor, String text) {

        static Line of(ConversationEvent e) {
            return new Line(e.sequence(), e.at(), e.kind().name(), e.actor(), e.text());
        }

        static Line of(Conversation.TranscriptLine l) {
            return new Line(l.sequence(), l.at(), l.kind().name(), l.actor(), l.text());
        }
    }

    record Sentiment(double mean, String trend, int messages) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Analysis(String language, List<String> intents, Sentiment sentiment, String handoffReason) {
    }

    record Callback(String kind, String contact, String language, Instant requestedAt, Instant expiresAt) {

        static Callback of(CallbackRequest r) {
            return new Callback(r.kind(), r.contact(), r.language(), r.requestedAt(), r.expiresAt());
        }
    }

    /** The conversation as an agent reads it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ConversationDetail(String conversationId, String channel, String state, String assignee, String language,
                              String handoffReason, Instant openedAt, Instant updatedAt, List<Line> transcript,
                              List<Line> notes, ConversationSummary summary, Analysis analysis, Callback callback) {

        static ConversationDetail of(ConversationView view) {
            Conversation c = view.conversation();
            ConversationSummary summary = view.summary();
            String reason = c.handoffReason() == null ? null : c.handoffReason().name();
            return new ConversationDetail(c.id(), c.channel(), c.state().name(), c.assignee(), c.language(), reason,
                    c.openedAt(), c.updatedAt(), c.transcript().stream().map(Line::of).toList(),
                    view.notes().stream().map(Line::of).toList(), summary,
                    new Analysis(summary.language(), summary.intents(), new Sentiment(summary.sentiment(),
                            summary.trend().name().toLowerCase(Locale.ROOT), c.sentimentTrend().messages()), reason),
                    view.callback().map(Callback::of).orElse(null));
        }
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
