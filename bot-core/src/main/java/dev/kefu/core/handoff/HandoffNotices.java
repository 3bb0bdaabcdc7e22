package dev.kefu.core.handoff;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.engine.QueueNotices;
import dev.kefu.core.engine.Turn;
import dev.kefu.core.handoff.HandoffMessages.Key;
import dev.kefu.core.message.Reply;
import dev.kefu.core.message.ReplyType;
import dev.kefu.core.store.ConversationStore;
import dev.kefu.intents.entities.Entity;
import dev.kefu.intents.entities.EntityType;
import dev.kefu.text.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tells a waiting customer where they stand, in their language and script: outside business
 * hours, when agents are back (from the configured hours only); with no suitable agent online,
 * that one will answer when they are; otherwise the position and the expected wait. After a
 * timeout, a phone number or e-mail address the customer writes becomes a callback request,
 * kept apart from the conversation (whose events hold it masked).
 */
public final class HandoffNotices implements QueueNotices {

    private final ConversationStore store;
    private final HandoffQueue queue;
    private final AgentRoster roster;
    private final AgentStatusStore status;
    private final WaitEstimator estimator;
    private final BusinessHours hours;
    private final CallbackStore callbacks;
    private final Duration callbackRetention;
    private final HandoffMessages messages;
    private final Clock clock;

    public HandoffNotices(ConversationStore store, HandoffQueue queue, AgentRoster roster, AgentStatusStore status,
                          WaitEstimator estimator, BusinessHours hours, CallbackStore callbacks, Duration callbackRetention,
                          HandoffMessages messages, Clock clock) {
        this.store = store;
        this.queue = queue;
        this.roster = roster;
        this.status = status;
        this.estimator = estimator;
        this.hours = hours;
        this.callbacks = callbacks;
        this.callbackRetention = callbackRetention;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<Reply> afterHandoff(Conversation queued, List<ConversationEvent> turnEvents, Turn turn) {
        List<ConversationEvent> events = new ArrayList<>(store.events(queued.id()));
        long stored = events.isEmpty() ? 0 : events.get(events.size() - 1).sequence();
        turnEvents.stream().filter(e -> e.sequence() > stored).forEach(events::add);
        QueuedConversation waiting = QueuedConversation.of(queued, events, queue.routing());
        return List.of(standing(waiting, queue.positionOnArrival(waiting), turn.language()));
    }

    @Override
    public List<Reply> whileQueued(Conversation queued, Turn turn) {
        QueuedConversation waiting = QueuedConversation.of(queued, store.events(queued.id()), queue.routing());
        Optional<Entity> contact = turn.entities().stream()
                .filter(e -> e.type() == EntityType.PHONE || e.type() == EntityType.EMAIL).findFirst();
        if (waiting.timedOut() && contact.isPresent()) {
            Instant now = clock.instant();
            callbacks.save(new CallbackRequest(queued.id(), contact.get().type().name(), contact.get().value(),
                    turn.languageTag(), now, now.plus(callbackRetention)));
            return List.of(system(messages.get(Key.CALLBACK_SAVED, turn.language())));
        }
        int position = Math.max(1, queue.position(queued.id()));
        return List.of(standing(waiting, position, turn.language()));
    }

    private Reply standing(QueuedConversation waiting, int position, Language language) {
        Instant now = clock.instant();
        if (!hours.isOpen(now)) {
            Optional<ZonedDateTime> opening = hours.nextOpening(now);
            if (opening.isPresent()) {
                return system(messages.closed(opening.get(), language));
            }
            return system(messages.get(Key.NO_AGENT_ONLINE, language, position));
        }
        long suitable = roster.all().stream().filter(a -> status.presence(a.id()) == Presence.ONLINE)
                .filter(a -> a.speaks(waiting.language()) && a.has(waiting.skill())).count();
        if (suitable == 0) {
            return system(messages.get(Key.NO_AGENT_ONLINE, language, position));
        }
        return system(messages.get(Key.QUEUE_POSITION, language, position,
                estimator.expectedMinutes(position, (int) suitable)));
    }

    private static Reply system(String text) {
        return Reply.of(ReplyType.SYSTEM, text);
    }
}
