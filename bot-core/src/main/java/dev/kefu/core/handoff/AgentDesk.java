package dev.kefu.core.handoff;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationCommand;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.engine.ConversationLog;
import dev.kefu.core.engine.Engine;
import dev.kefu.core.handoff.HandoffMessages.Key;
import dev.kefu.core.message.ReplyType;
import dev.kefu.core.privacy.PiiRedactor;
import dev.kefu.core.store.ConversationStore;
import dev.kefu.core.summary.Summarizer;
import dev.kefu.text.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What agents do with conversations: claim one from the queue (or be assigned one), reply, add
 * internal notes, transfer it to a colleague or back to the queue for a skill, return it to the
 * bot, resolve it, and read it. Every change goes through {@link Engine#update}, so it is an event
 * with the agent as actor and a reason, made by the one transition table, in order with the
 * customer's messages. Agents' text is redacted like customers'. Build it with {@link #builder()}.
 */
public final class AgentDesk {

    /** Reasons recorded on the state changes agents and the dispatcher make. */
    public static final String CLAIMED = "CLAIMED", AUTO_ASSIGNED = "AUTO_ASSIGNED", TRANSFERRED = "TRANSFERRED",
            RETURNED = "RETURNED_BY_AGENT", RESOLVED = "RESOLVED_BY_AGENT";

    private final Engine engine;
    private final ConversationStore store;
    private final AgentRoster roster;
    private final AgentStatusStore status;
    private final WaitHistory waits;
    private final CallbackStore callbacks;
    private final SkillRouting routing;
    private final PiiRedactor redactor;
    private final Summarizer summarizer;
    private final HandoffMessages messages;
    private final TranscriptReads reads;
    private final AgentLocks locks;
    private final Clock clock;

    private AgentDesk(Builder b) {
        this.engine = b.engine;
        this.store = b.engine.store();
        this.roster = b.roster;
        this.status = b.status;
        this.waits = b.waits;
        this.callbacks = b.callbacks;
        this.routing = b.routing;
        this.redactor = b.redactor;
        this.summarizer = b.summarizer;
        this.messages = b.messages;
        this.reads = b.reads;
        this.locks = b.locks;
        this.clock = b.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    public AgentRoster roster() {
        return roster;
    }

    /** The actor an agent's events record. */
    public static String actor(String agentId) {
        return "agent:" + agentId;
    }

    public void presence(String agentId, Presence presence) {
        status.presence(roster.require(agentId).id(), presence);
    }

    public Presence presence(String agentId) {
        return status.presence(roster.require(agentId).id());
    }

    /** The agent is at their desk: a request of theirs keeps their presence from lapsing. */
    public void seen(String agentId) {
        status.seen(roster.require(agentId).id(), clock.instant());
    }

    /** How many conversations each agent has now, read from the conversations in state AGENT. */
    public Map<String, Integer> loads() {
        Map<String, Integer> loads = new HashMap<>();
        for (Conversation c : store.inState(ConversationState.AGENT)) {
            if (c.assignee() != null) {
                loads.merge(c.assignee(), 1, Integer::sum);
            }
        }
        return loads;
    }

    /** An agent takes a waiting conversation, within their capacity. */
    public Conversation claim(String agentId, String conversationId) {
        return assign(roster.require(agentId), conversationId, actor(agentId), CLAIMED);
    }

    /** Gives a waiting conversation to an agent (the dispatcher's or a claim), and tells the customer who joined. */
    Conversation assign(Agent agent, String conversationId, String actor, String reason) {
        requireExists(conversationId);
        Instant[] queuedAt = new Instant[1];
        Conversation assigned = locks.withAgent(agent.id(), () -> engine.update(conversationId, log -> {
            requireRoom(agent);
            queuedAt[0] = QueuedConversation.of(log.conversation(), store.events(conversationId), routing).queuedAt();
            log.transition(ConversationCommand.ASSIGN, actor, reason, Map.of(Conversation.AGENT_DATA, agent.id()));
            tell(log, Key.AGENT_JOINED, agent.name());
        }));
        Instant now = clock.instant();
        status.assigned(agent.id(), now);
        waits.record(Duration.between(queuedAt[0], now).isNegative() ? Duration.ZERO : Duration.between(queuedAt[0], now));
        return assigned;
    }

    /** The agent's reply to the customer, redacted like the customer's messages. */
    public Conversation send(String agentId, String conversationId, String text) {
        String redacted = redact(text);
        return act(agentId, conversationId, log -> {
            requireHeldBy(log.conversation(), agentId);
            log.add(EventKind.AGENT_MESSAGE, actor(agentId), redacted, Map.of());
        });
    }

    /** An internal note for the agents, never shown to the customer; any agent may add one. */
    public Conversation note(String agentId, String conversationId, String text) {
        String redacted = redact(text);
        return act(agentId, conversationId,
                log -> log.add(EventKind.AGENT_NOTE, actor(agentId), redacted, Map.of()));
    }

    /** Hands the conversation straight to a colleague with room for it. */
    public Conversation transferToAgent(String agentId, String conversationId, String toAgentId) {
        Agent target = roster.require(toAgentId);
        if (target.id().equals(agentId)) {
            throw new HandoffConflictException("agent " + agentId + " already has conversation " + conversationId);
        }
        return locks.withAgent(target.id(), () -> act(agentId, conversationId, log -> {
            requireAssignee(log.conversation(), agentId);
            requireRoom(target);
            log.transition(ConversationCommand.TRANSFER, actor(agentId), reasonOf(log.conversation()),
                    Map.of("transferredTo", target.id()));
            log.transition(ConversationCommand.ASSIGN, actor(agentId), TRANSFERRED, Map.of(Conversation.AGENT_DATA, target.id()));
            tell(log, Key.AGENT_JOINED, target.name());
        }));
    }

    /** Puts the conversation back in the queue for agents with {@code skill}. */
    public Conversation transferToSkill(String agentId, String conversationId, String skill) {
        if (!roster.anyoneHas(skill)) {
            throw new IllegalArgumentException("no agent has the skill '" + skill + "'");
        }
        return act(agentId, conversationId, log -> {
            requireAssignee(log.conversation(), agentId);
            log.transition(ConversationCommand.TRANSFER, actor(agentId), reasonOf(log.conversation()),
                    Map.of(QueuedConversation.SKILL_DATA, skill));
        });
    }

    /** The bot answers again; the agent who has it, or any agent while it waits. */
    public Conversation returnToBot(String agentId, String conversationId) {
        return act(agentId, conversationId, log -> {
            requireAssignee(log.conversation(), agentId);
            log.transition(ConversationCommand.RETURN_TO_BOT, actor(agentId), RETURNED, Map.of());
            tell(log, Key.RETURNED_TO_BOT);
        });
    }

    /** Closes the conversation, and deletes the customer's callback request with it. */
    public Conversation resolve(String agentId, String conversationId) {
        Conversation resolved = act(agentId, conversationId, log -> {
            requireAssignee(log.conversation(), agentId);
            log.transition(ConversationCommand.RESOLVE, actor(agentId), RESOLVED, Map.of());
        });
        callbacks.delete(conversationId);
        return resolved;
    }

    /**
     * The conversation as the agent sees it. The one place a transcript is read for an agent: it
     * is told to {@link TranscriptReads} first, for the audit log.
     */
    public ConversationView read(String agentId, String conversationId) {
        roster.require(agentId);
        Conversation conversation = requireExists(conversationId);
        reads.read(agentId, conversationId, clock.instant());
        List<ConversationEvent> events = store.events(conversationId);
        return new ConversationView(conversation, events, summarizer.summarize(conversation, events),
                callbacks.find(conversationId, clock.instant()));
    }

    private Conversation act(String agentId, String conversationId, Consumer<ConversationLog> change) {
        roster.require(agentId);
        requireExists(conversationId);
        return engine.update(conversationId, change);
    }

    private Conversation requireExists(String conversationId) {
        return store.find(conversationId).orElseThrow(() -> new UnknownConversationException(conversationId));
    }

    /**
     * While an agent has the conversation only they change it; while it waits or the bot has it,
     * any agent may (the transition table says what is legal in each state).
     */
    private static void requireAssignee(Conversation conversation, String agentId) {
        if (conversation.state() == ConversationState.AGENT && !agentId.equals(conversation.assignee())) {
            throw new HandoffConflictException("conversation " + conversation.id() + " is with agent " + conversation.assignee());
        }
    }

    /** Only the agent who has the conversation talks to the customer. */
    private static void requireHeldBy(Conversation conversation, String agentId) {
        if (conversation.state() != ConversationState.AGENT) {
            throw new HandoffConflictException("conversation " + conversation.id() + " is " + conversation.state()
                    + ", not with an agent: claim it first");
        }
        requireAssignee(conversation, agentId);
    }

    private void requireRoom(Agent agent) {
        int load = loads().getOrDefault(agent.id(), 0);
        if (load >= agent.capacity()) {
            throw new HandoffConflictException("agent " + agent.id() + " already has " + load + " of "
                    + agent.capacity() + " conversations");
        }
    }

    private static String reasonOf(Conversation conversation) {
        return conversation.handoffReason() == null ? null : conversation.handoffReason().name();
    }

    private void tell(ConversationLog log, Key key, Object... args) {
        Language language = Language.fromTag(log.conversation().language());
        log.add(EventKind.BOT_REPLY, "bot", messages.get(key, language == Language.UNDETERMINED ? Language.EN : language, args),
                Map.of("type", ReplyType.SYSTEM.wireName()));
    }

    private String redact(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the text must not be blank");
        }
        return redactor.redact(text).text();
    }

    /** Configures an {@link AgentDesk}; the engine, the roster, the stores, the summarizer and the messages are required. */
    public static final class Builder {
        private Engine engine;
        private AgentRoster roster;
        private AgentStatusStore status;
        private WaitHistory waits;
        private CallbackStore callbacks;
        private SkillRouting routing = SkillRouting.NONE;
        private PiiRedactor redactor;
        private Summarizer summarizer;
        private HandoffMessages messages;
        private TranscriptReads reads = TranscriptReads.NONE;
        private AgentLocks locks = new InProcessAgentLocks();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        public Builder engine(Engine engine) { this.engine = engine; return this; }
        public Builder roster(AgentRoster roster) { this.roster = roster; return this; }
        public Builder agentStatus(AgentStatusStore status) { this.status = status; return this; }
        public Builder waitHistory(WaitHistory waits) { this.waits = waits; return this; }
        public Builder callbacks(CallbackStore callbacks) { this.callbacks = callbacks; return this; }
        public Builder routing(SkillRouting routing) { this.routing = routing; return this; }
        public Builder redactor(PiiRedactor redactor) { this.redactor = redactor; return this; }
        public Builder summarizer(Summarizer summarizer) { this.summarizer = summarizer; return this; }
        public Builder messages(HandoffMessages messages) { this.messages = messages; return this; }
        /** Told of every transcript an agent reads (the audit log); by default nobody. */
        public Builder transcriptReads(TranscriptReads reads) { this.reads = reads; return this; }
        /** Shared by every instance that assigns; by default this instance's own. */
        public Builder agentLocks(AgentLocks locks) { this.locks = locks; return this; }
        public Builder clock(Clock clock) { this.clock = clock; return this; }

        public AgentDesk build() {
            Objects.requireNonNull(engine, "engine");
            Objects.requireNonNull(roster, "roster");
            Objects.requireNonNull(status, "agentStatus");
            Objects.requireNonNull(waits, "waitHistory");
            Objects.requireNonNull(callbacks, "callbacks");
            Objects.requireNonNull(redactor, "redactor");
            Objects.requireNonNull(summarizer, "summarizer");
            Objects.requireNonNull(messages, "messages");
            return new AgentDesk(this);
        }
    }
}
