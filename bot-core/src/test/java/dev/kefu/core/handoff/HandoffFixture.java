package dev.kefu.core.handoff;

import dev.kefu.core.engine.Engine;
import dev.kefu.core.message.InboundMessage;
import dev.kefu.core.message.TurnResult;
import dev.kefu.core.privacy.PiiRedactor;
import dev.kefu.core.store.journal.JournalConversationStore;
import dev.kefu.core.summary.Summarizer;
import dev.kefu.intents.entities.EntityExtractor;
import dev.kefu.kb.TestKnowledgeBases;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.text.detect.LanguageDetector;
import dev.kefu.text.script.ChineseScript;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The handoff as the service wires it, on real parts: the engine over the durable journal, the
 * embedded handoff stores, the shop knowledge base, and a clock the test moves.
 */
final class HandoffFixture implements AutoCloseable {

    static final ChineseScript SCRIPT = ChineseScript.load();
    private static final KnowledgeBase KB = KnowledgeBase.builder().entries(TestKnowledgeBases.shop()).build();
    private static final LanguageDetector DETECTOR = LanguageDetector.load(SCRIPT);
    static final Instant MONDAY_TEN_SHANGHAI = Instant.parse("2026-09-28T02:00:00Z");

    final TestClock clock = new TestClock(MONDAY_TEN_SHANGHAI);
    final JournalConversationStore store;
    final AgentRoster roster;
    /** How long an online agent may go unheard from: longer than any test waits, except the test of it. */
    static final Duration PRESENCE_TIMEOUT = Duration.ofHours(12);
    final AgentStatusStore status = new ExpiringPresence(new InMemoryAgentStatusStore(), PRESENCE_TIMEOUT, clock);
    final InMemoryWaitHistory waits = new InMemoryWaitHistory(100);
    final DirectoryCallbackStore callbacks;
    final HandoffQueue queue;
    final Engine engine;
    final AgentDesk desk;
    final Dispatcher dispatcher;
    final QueueTimeouts timeouts;
    final HandoffScheduler scheduler;
    final List<String> reads = new CopyOnWriteArrayList<>();

    HandoffFixture(Path dir, List<Agent> agents, BusinessHours hours, AssignmentStrategy strategy, SkillRouting routing) {
        store = JournalConversationStore.open(dir.resolve("journal"));
        callbacks = DirectoryCallbackStore.open(dir.resolve("callbacks"));
        roster = new AgentRoster(agents);
        HandoffMessages messages = new HandoffMessages(SCRIPT);
        queue = new HandoffQueue(store, Urgency.DEFAULTS, routing, clock);
        HandoffNotices notices = new HandoffNotices(store, queue, roster, status,
                new WaitEstimator(waits, Duration.ofMinutes(3)), hours, callbacks, Duration.ofDays(7), messages, clock);
        engine = Engine.builder().store(store).knowledgeBase(KB).languageDetector(DETECTOR).chineseScript(SCRIPT)
                .clock(clock).queueNotices(notices).build();
        desk = AgentDesk.builder().engine(engine).roster(roster).agentStatus(status).waitHistory(waits).callbacks(callbacks)
                .routing(routing).redactor(new PiiRedactor(new EntityExtractor())).summarizer(new Summarizer(new EntityExtractor(), SCRIPT))
                .messages(messages).transcriptReads((agent, conversation, at) -> reads.add(agent + " read " + conversation))
                .clock(clock).build();
        dispatcher = new Dispatcher(desk, queue, status, strategy);
        timeouts = new QueueTimeouts(engine, queue, hours, Duration.ofMinutes(5), messages, clock);
        scheduler = new HandoffScheduler(dispatcher, timeouts, callbacks, clock);
    }

    HandoffFixture(Path dir, List<Agent> agents) {
        this(dir, agents, BusinessHours.ALWAYS_OPEN, AssignmentStrategy.ROUND_ROBIN, SkillRouting.NONE);
    }

    static Agent agent(String id, String languages, String skills, int capacity) {
        return new Agent(id, id.substring(0, 1).toUpperCase() + id.substring(1), Set.of(languages.split(" ")),
                skills.isEmpty() ? Set.of() : Set.of(skills.split(" ")), capacity);
    }

    TurnResult say(String user, String text) {
        return engine.handle(new InboundMessage("web", user, null, text, null, clock.instant()));
    }

    TurnResult say(String user, String text, Set<String> tags) {
        return engine.handle(new InboundMessage("web", user, null, text, null, clock.instant(), tags));
    }

    /** A customer who asks for a person, in their language; returns the conversation id. */
    String queued(String user, String language) {
        String text = switch (language) {
            case "zh-Hans" -> "转人工";
            case "zh-Hant" -> "轉人工";
            default -> "talk to a human";
        };
        return say(user, text).conversationId();
    }

    @Override
    public void close() {
        scheduler.close();
        store.close();
    }
}
