package dev.kefu.core.conversation;

import dev.kefu.sentiment.trend.SentimentTrend;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A conversation as its events make it: folded one event at a time by {@link #apply}. Immutable;
 * {@code apply} returns the next version. The sentiment trend follows the customer's messages
 * while the bot or a person handles the conversation, and starts again when it returns to the bot.
 * {@code assignee} is the agent who has the conversation while it is in {@link ConversationState#AGENT}, else null.
 */
public record Conversation(String id, String channel, String userId, ConversationState state, String language,
                           Instant openedAt, Instant updatedAt, long lastSequence, int consecutiveFallbacks,
                           HandoffReason handoffReason, SentimentTrend sentimentTrend, List<TranscriptLine> transcript,
                           String assignee) {

    /** The data key of a change to {@link ConversationState#AGENT} that names the agent. */
    public static final String AGENT_DATA = "agent";

    public static final String FALLBACK_DATA = "fallback";

    public Conversation {
        transcript = List.copyOf(transcript);
    }

    /** One line of what was said, by whom. */
    public record TranscriptLine(long sequence, Instant at, EventKind kind, String actor, String text) {
    }

    /** Rebuilds a conversation from its events, in order. */
    public static Conversation replay(List<ConversationEvent> events) {
        Conversation conversation = null;
        for (ConversationEvent event : events) {
            conversation = conversation == null ? open(event) : conversation.apply(event);
        }
        if (conversation == null) {
            throw new IllegalArgumentException("no events");
        }
        return conversation;
    }

    public static Conversation open(ConversationEvent opened) {
        if (opened.kind() != EventKind.OPENED) {
            throw new IllegalArgumentException("a conversation starts with OPENED, not " + opened.kind());
        }
        return new Conversation(opened.conversationId(), opened.data("channel"), opened.data("userId"),
                ConversationState.BOT, opened.data("language"), opened.at(), opened.at(), opened.sequence(), 0,
                null, SentimentTrend.start(), List.of(), null);
    }

    public Conversation apply(ConversationEvent event) {
        if (!event.conversationId().equals(id)) {
            throw new IllegalArgumentException("event of " + event.conversationId() + " applied to " + id);
        }
        ConversationState nextState = state;
        String nextLanguage = language;
        int fallbacks = consecutiveFallbacks;
        HandoffReason reason = handoffReason;
        SentimentTrend trend = sentimentTrend;
        List<TranscriptLine> lines = transcript;
        String agent = assignee;
        switch (event.kind()) {
            case OPENED -> throw new IllegalArgumentException("conversation " + id + " is already open");
            case CUSTOMER_MESSAGE -> {
                lines = append(event);
                if (event.data("language") != null && !"und".equals(event.data("language"))) {
                    nextLanguage = event.data("language");
                }
                trend = MessageSentiment.of(event).map(sentimentTrend::next).orElse(trend);
            }
            case BOT_REPLY -> {
                lines = append(event);
                fallbacks = "true".equals(event.data(FALLBACK_DATA)) ? fallbacks + 1 : 0;
            }
            case AGENT_MESSAGE -> lines = append(event);
            case AGENT_NOTE -> { }
            case STATE_CHANGED -> {
                nextState = ConversationState.valueOf(event.data("to"));
                agent = nextState == ConversationState.AGENT ? event.data(AGENT_DATA) : null;
                if (nextState == ConversationState.QUEUED && event.data("reason") != null) {
                    reason = HandoffReason.valueOf(event.data("reason"));
                }
                if (nextState == ConversationState.BOT) {
                    fallbacks = 0;
                    trend = SentimentTrend.start();
                }
            }
            // a rating is a figure, not part of the transcript; it only moves the sequence on
            case CSAT -> { }
        }
        return new Conversation(id, channel, userId, nextState, nextLanguage, openedAt, event.at(),
                event.sequence(), fallbacks, reason, trend, lines, agent);
    }

    private List<TranscriptLine> append(ConversationEvent event) {
        List<TranscriptLine> lines = new ArrayList<>(transcript.size() + 1);
        lines.addAll(transcript);
        lines.add(new TranscriptLine(event.sequence(), event.at(), event.kind(), event.actor(), event.text()));
        return lines;
    }
}
