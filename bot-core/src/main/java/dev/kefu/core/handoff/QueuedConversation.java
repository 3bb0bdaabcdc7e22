package dev.kefu.core.handoff;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.conversation.HandoffReason;
import dev.kefu.core.engine.Engine;
import dev.kefu.intents.Intent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A conversation waiting for an agent, as its events tell it: since when (the last handoff or
 * transfer), why, in which language, the skill it needs, the customer's tags and mood, and
 * whether the customer has been told that nobody could take it in time.
 */
public record QueuedConversation(String id, String language, HandoffReason reason, String skill, Set<String> tags,
                                 Instant queuedAt, double sentiment, boolean timedOut) {

    /** The data key of a change to QUEUED that names the skill a transfer asked for. */
    public static final String SKILL_DATA = "skill";
    /** The data key of the bot's reply that told the customer nobody took the conversation in time. */
    public static final String TIMEOUT_DATA = "timeout";

    public QueuedConversation {
        tags = Set.copyOf(tags);
    }

    /** Reads a conversation in state QUEUED from its events, in order (stored ones, then any not stored yet). */
    public static QueuedConversation of(Conversation conversation, List<ConversationEvent> events, SkillRouting routing) {
        Set<String> tags = Set.of();
        Instant queuedAt = conversation.updatedAt();
        String skill = null;
        String intent = null;
        boolean timedOut = false;
        for (ConversationEvent event : events) {
            switch (event.kind()) {
                case OPENED -> tags = tagsOf(event.data(Engine.TAGS_DATA));
                case CUSTOMER_MESSAGE -> {
                    String read = event.data("intent");
                    if (read != null && !read.equals(Intent.NONE)) {
                        intent = read;
                    }
                }
                case STATE_CHANGED -> {
                    if (ConversationState.QUEUED.name().equals(event.data("to"))) {
                        queuedAt = event.at();
                        skill = event.data(SKILL_DATA);
                        timedOut = false;
                    }
                }
                case BOT_REPLY -> timedOut |= "true".equals(event.data(TIMEOUT_DATA));
                default -> { }
            }
        }
        if (skill == null) {
            skill = routing.skillFor(conversation.handoffReason(), intent);
        }
        return new QueuedConversation(conversation.id(), conversation.language(), conversation.handoffReason(), skill,
                tags, queuedAt, conversation.sentimentTrend().mean(), timedOut);
    }

    private static Set<String> tagsOf(String joined) {
        return joined == null || joined.isEmpty() ? Set.of() : Arrays.stream(joined.split(",")).collect(Collectors.toSet());
    }
}
