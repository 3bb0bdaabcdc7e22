package dev.kefu.core.engine;

import dev.kefu.core.admission.RateLimitedException;
import dev.kefu.core.admission.RateLimiter;
import dev.kefu.core.admission.RecentMessages;
import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationCommand;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.conversation.HandoffReason;
import dev.kefu.core.conversation.MessageSentiment;
import dev.kefu.core.conversation.Transitions;
import dev.kefu.core.message.InboundMessage;
import dev.kefu.core.message.Reply;
import dev.kefu.core.message.ReplyType;
import dev.kefu.core.message.TurnAnalysis;
import dev.kefu.core.message.TurnResult;
import dev.kefu.core.policy.PolicyOutcome;
import dev.kefu.core.policy.ReplyPolicy;
import dev.kefu.core.store.AppendConflictException;
import dev.kefu.core.store.ConversationStore;
import dev.kefu.intents.Intent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Takes a customer's message through the pipeline and the policy, and stores the turn as events
 * before answering. Messages of one sender are handled one at a time, in order; different senders
 * run in parallel. Engines on a shared store stay in order too: a turn whose append loses the race
 * to another instance is built again on the newer conversation. Build it with {@link EngineBuilder}.
 */
public final class Engine {

    private static final int LOCK_STRIPES = 256;
    private static final int MAX_APPEND_ATTEMPTS = 8;
    /** The data key of OPENED that lists the customer's tags, comma-separated and sorted. */
    public static final String TAGS_DATA = "tags";
    private static final System.Logger LOG = System.getLogger(Engine.class.getName());

    private final ConversationStore store;
    private final List<Stage> stages;
    private final ReplyPolicy policy;
    private final RateLimiter rateLimiter;
    private final RecentMessages recentMessages;
    private final Clock clock;
    private final List<TurnListener> turnListeners;
    private final QueueNotices queueNotices;
    private final ReentrantLock[] locks = new ReentrantLock[LOCK_STRIPES];

    Engine(ConversationStore store, List<Stage> stages, ReplyPolicy policy, RateLimiter rateLimiter,
           RecentMessages recentMessages, Clock clock, List<TurnListener> turnListeners, QueueNotices queueNotices) {
        this.store = store;
        this.stages = List.copyOf(stages);
        this.policy = policy;
        this.rateLimiter = rateLimiter;
        this.recentMessages = recentMessages;
        this.clock = clock;
        this.turnListeners = List.copyOf(turnListeners);
        this.queueNotices = queueNotices;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    public static EngineBuilder builder() {
        return new EngineBuilder();
    }

    /**
     * Handles one message. Throws {@link RateLimitedException} when the sender sends too fast (the
     * message is not taken); a redelivered message with the same platform id gets the first result.
     */
    public TurnResult handle(InboundMessage message) {
        String sender = message.channel() + ":" + message.userId();
        String dedupeKey = message.externalId() == null ? null : message.channel() + ":" + message.externalId();
        if (dedupeKey != null) {
            Optional<TurnResult> earlier = recentMessages.claim(dedupeKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        TurnResult result;
        try {
            result = admit(message, sender);
        } catch (RuntimeException e) {
            if (dedupeKey != null) {
                recentMessages.release(dedupeKey);
            }
            throw e;
        }
        if (dedupeKey != null) {
            recentMessages.remember(dedupeKey, result);
        }
        notifyListeners(message, result);
        return result;
    }

    private TurnResult admit(InboundMessage message, String sender) {
        rateLimiter.acquire(sender).ifPresent(wait -> {
            throw new RateLimitedException(wait);
        });
        ReentrantLock lock = locks[Math.floorMod(sender.hashCode(), LOCK_STRIPES)];
        lock.lock();
        try {
            return retryingConflicts(() -> handleInOrder(message));
        } finally {
            lock.unlock();
        }
    }

    /** Runs a read-decide-append step again while another instance appends to the conversation first. */
    private static <T> T retryingConflicts(Supplier<T> step) {
        for (int attempt = 1; ; attempt++) {
            try {
                return step.get();
            } catch (AppendConflictException e) {
                if (attempt == MAX_APPEND_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private void notifyListeners(InboundMessage message, TurnResult result) {
        for (TurnListener listener : turnListeners) {
            try {
                listener.onTurn(message, result);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "turn listener " + listener.getClass().getName() + " failed", e);
            }
        }
    }

    private TurnResult handleInOrder(InboundMessage message) {
        EventLog log = logFor(message);
        Turn turn = new Turn(message, log.conversation);
        stages.forEach(stage -> stage.apply(turn));
        Map<String, String> read = new HashMap<>(MessageSentiment.data(turn.sentiment()));
        read.put("language", turn.languageTag());
        read.put("intent", turn.intent().name());
        log.add(EventKind.CUSTOMER_MESSAGE, "customer", turn.redactedText(), read);
        turn.sentimentTrend(log.conversation.sentimentTrend());

        List<Reply> replies = new ArrayList<>();
        HandoffReason handoff = null;
        switch (log.conversation.state()) {
            case BOT -> {
                // configured notices tell the position themselves, once the conversation is queued
                int ahead = queueNotices == null ? store.inState(ConversationState.QUEUED).size() : 0;
                PolicyOutcome outcome = policy.decide(turn, ahead);
                replies.addAll(outcome.replies());
                handoff = outcome.handoff();
            }
            case QUEUED -> replies.addAll(queueNotices == null
                    ? List.of(policy.whileQueued(turn.language(), queuePosition(log.conversation.id())))
                    : queueNotices.whileQueued(log.conversation, turn));
            case AGENT, RESOLVED -> { }
        }
        log.addReplies(replies);
        if (handoff != null) {
            log.transition(ConversationCommand.HAND_OFF, "bot", handoff.name(), Map.of());
            if (queueNotices != null) {
                List<Reply> notices = queueNotices.afterHandoff(log.conversation, List.copyOf(log.events), turn);
                log.addReplies(notices);
                replies.addAll(notices);
            }
        }
        store.append(log.events);
        return new TurnResult(log.conversation.id(), log.conversation.state(), replies,
                new TurnAnalysis(turn.languageTag(), intentOf(turn), turn.sentiment(), turn.sentimentTrend(), handoff));
    }

    /** The intent reported for a turn: a conversational one, else the FAQ the knowledge base matched. */
    private static Intent intentOf(Turn turn) {
        if (!turn.intent().name().equals(Intent.NONE)) {
            return turn.intent();
        }
        return turn.retrieval().best()
                .map(m -> new Intent("faq", Math.round(m.confidence() * 1000) / 1000.0))
                .orElse(turn.intent());
    }

    /** Changes a conversation's state on behalf of an agent or the system, e.g. resolve or return to the bot. */
    public Conversation transition(String conversationId, ConversationCommand command, String actor, String reason) {
        return update(conversationId, log -> log.transition(command, actor, reason, Map.of()));
    }

    /**
     * Adds events to a conversation on behalf of an agent or the system, in order with the
     * customer's turns: {@code change} sees the stored conversation and adds to the log; what it
     * adds is stored at once, and nothing when it throws. It runs again on the newer conversation
     * when another instance appended first, so it must decide from what it is given.
     *
     * @throws NoSuchElementException there is no such conversation
     */
    public Conversation update(String conversationId, Consumer<ConversationLog> change) {
        Conversation current = store.find(conversationId)
                .orElseThrow(() -> new NoSuchElementException("no conversation " + conversationId));
        String sender = current.channel() + ":" + current.userId();
        ReentrantLock lock = locks[Math.floorMod(sender.hashCode(), LOCK_STRIPES)];
        lock.lock();
        try {
            return retryingConflicts(() -> {
                EventLog log = new EventLog(store.find(conversationId).orElseThrow());
                change.accept(log);
                store.append(log.events);
                return log.conversation;
            });
        } finally {
            lock.unlock();
        }
    }

    public ConversationStore store() {
        return store;
    }

    /**
     * The sender's conversation: the one named if it is theirs and open, else their open one, else a
     * new one. An unknown, foreign or resolved id opens a new conversation, so ids of others never leak.
     */
    private EventLog logFor(InboundMessage message) {
        Optional<Conversation> existing = Optional.ofNullable(message.conversationId())
                .flatMap(store::find)
                .filter(c -> c.channel().equals(message.channel()) && c.userId().equals(message.userId()))
                .filter(c -> c.state() != ConversationState.RESOLVED)
                .or(() -> store.findOpen(message.channel(), message.userId()));
        if (existing.isPresent()) {
            return new EventLog(existing.get());
        }
        Map<String, String> openedData = new HashMap<>(Map.of("channel", message.channel(), "userId", message.userId()));
        if (!message.tags().isEmpty()) {
            openedData.put(TAGS_DATA, String.join(",", new TreeSet<>(message.tags())));
        }
        ConversationEvent opened = new ConversationEvent(UUID.randomUUID().toString(), 1, clock.instant(),
                EventKind.OPENED, "customer", null, openedData);
        EventLog log = new EventLog(Conversation.open(opened));
        log.events.add(opened);
        return log;
    }

    private int queuePosition(String conversationId) {
        List<Conversation> queued = store.inState(ConversationState.QUEUED);
        for (int i = 0; i < queued.size(); i++) {
            if (queued.get(i).id().equals(conversationId)) {
                return i + 1;
            }
        }
        return queued.size() + 1;
    }

    /** The events of one turn, numbered on from the conversation, with the conversation they make. */
    private final class EventLog implements ConversationLog {
        private final List<ConversationEvent> events = new ArrayList<>();
        private Conversation conversation;

        EventLog(Conversation existing) {
            this.conversation = existing;
        }

        @Override
        public Conversation conversation() {
            return conversation;
        }

        void addReplies(List<Reply> replies) {
            for (Reply reply : replies) {
                Map<String, String> data = new HashMap<>();
                data.put("type", reply.type().wireName());
                if (reply.faqId() != null) {
                    data.put("faqId", reply.faqId());
                }
                if (!reply.suggestions().isEmpty()) {
                    data.put(Reply.SUGGESTIONS_DATA, String.join("\n", reply.suggestions()));
                }
                if (reply.type() == ReplyType.FALLBACK) {
                    data.put(Conversation.FALLBACK_DATA, "true");
                }
                add(EventKind.BOT_REPLY, "bot", reply.text(), data);
            }
        }

        @Override
        public void add(EventKind kind, String actor, String text, Map<String, String> data) {
            ConversationEvent event = new ConversationEvent(conversation.id(), conversation.lastSequence() + 1,
                    clock.instant(), kind, actor, text, data);
            events.add(event);
            conversation = conversation.apply(event);
        }

        @Override
        public void transition(ConversationCommand command, String actor, String reason, Map<String, String> details) {
            ConversationState from = conversation.state();
            ConversationState to = Transitions.next(from, command);
            Map<String, String> data = new HashMap<>(details);
            data.putAll(Map.of("from", from.name(), "to", to.name(), "command", command.name()));
            if (reason != null) {
                data.put("reason", reason);
            }
            add(EventKind.STATE_CHANGED, actor, null, data);
        }
    }
}
