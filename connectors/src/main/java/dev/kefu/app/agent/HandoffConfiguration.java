package dev.kefu.app.agent;

import dev.kefu.app.config.KefuProperties;
import dev.kefu.core.audit.AuditEntry;
import dev.kefu.core.audit.AuditLog;
import dev.kefu.core.engine.Engine;
import dev.kefu.core.engine.TurnListener;
import dev.kefu.core.events.WorkFeed;
import dev.kefu.core.handoff.AgentDesk;
import dev.kefu.core.handoff.AgentLocks;
import dev.kefu.core.handoff.AgentRoster;
import dev.kefu.core.handoff.AgentStatusStore;
import dev.kefu.core.handoff.BusinessHours;
import dev.kefu.core.handoff.CallbackRecords;
import dev.kefu.core.handoff.CallbackStore;
import dev.kefu.core.handoff.DispatchWhenQueued;
import dev.kefu.core.handoff.Dispatcher;
import dev.kefu.core.handoff.HandoffMessages;
import dev.kefu.core.handoff.HandoffNotices;
import dev.kefu.core.handoff.HandoffQueue;
import dev.kefu.core.handoff.HandoffScheduler;
import dev.kefu.core.handoff.QueueTimeouts;
import dev.kefu.core.handoff.TranscriptReads;
import dev.kefu.core.handoff.WaitEstimator;
import dev.kefu.core.handoff.WaitHistory;
import dev.kefu.core.message.TurnResult;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.privacy.PersonalRecords;
import dev.kefu.core.privacy.PiiRedactor;
import dev.kefu.core.store.ConversationStore;
import dev.kefu.core.summary.Summarizer;
import dev.kefu.intents.entities.EntityExtractor;
import dev.kefu.text.script.ChineseScript;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the human handoff from {@link HandoffProperties}: the queue and what waiting customers
 * are told (given to the engine), the agent desk, the dispatcher and the scheduler that assigns
 * and times out. The stores come from the configuration of {@code kefu.store}.
 */
@Configuration(proxyBeanMethods = false)
class HandoffConfiguration {

    private static final Logger log = LoggerFactory.getLogger(HandoffConfiguration.class);

    @Bean
    AgentRoster agentRoster(HandoffProperties handoff) {
        AgentRoster roster = new AgentRoster(handoff.agentList());
        log.info("{} agents configured (kefu.handoff.agents), assignment {}", roster.all().size(), handoff.strategy());
        return roster;
    }

    @Bean
    BusinessHours businessHours(HandoffProperties handoff) {
        return handoff.businessHours();
    }

    @Bean
    HandoffMessages handoffMessages(ChineseScript script) {
        return new HandoffMessages(script);
    }

    @Bean
    HandoffQueue handoffQueue(ConversationStore store, HandoffProperties handoff) {
        return new HandoffQueue(store, handoff.urgency(), handoff.routing(), Clock.systemUTC());
    }

    /** What the engine tells customers once they wait for an agent. */
    @Bean
    HandoffNotices handoffNotices(ConversationStore store, HandoffQueue queue, AgentRoster roster, AgentStatusStore status,
                                  WaitHistory waits, BusinessHours hours, CallbackStore callbacks, HandoffMessages messages,
                                  HandoffProperties handoff) {
        return new HandoffNotices(store, queue, roster, status, new WaitEstimator(waits, handoff.defaultWait()), hours,
                callbacks, handoff.callbackRetention(), messages, Clock.systemUTC());
    }

    /** Every transcript an agent opens is recorded in the audit log, before it is shown. */
    @Bean
    TranscriptReads transcriptReads(AuditLog audit) {
        return (agentId, conversationId, at) ->
                audit.append(new AuditEntry(at, "agent:" + agentId, "transcript.read", conversationId, null, null));
    }

    /** Contact details left for a callback go when their user asks to be forgotten. */
    @Bean
    PersonalRecords callbackRecords(CallbackStore callbacks) {
        return new CallbackRecords(callbacks, Clock.systemUTC());
    }

    @Bean
    AgentDesk agentDesk(Engine engine, AgentRoster roster, AgentStatusStore status, WaitHistory waits, CallbackStore callbacks,
                        AgentLocks locks, HandoffProperties handoff, ChineseScript script, HandoffMessages messages,
                        ObjectProvider<TranscriptReads> reads) {
        return AgentDesk.builder().engine(engine).roster(roster).agentStatus(status).waitHistory(waits).callbacks(callbacks)
                .agentLocks(locks)
                .routing(handoff.routing()).redactor(new PiiRedactor(new EntityExtractor()))
                .summarizer(new Summarizer(new EntityExtractor(), script)).messages(messages)
                .transcriptReads(reads.getIfAvailable(() -> TranscriptReads.NONE)).clock(Clock.systemUTC()).build();
    }

    @Bean
    Dispatcher dispatcher(AgentDesk desk, HandoffQueue queue, AgentStatusStore status, HandoffProperties handoff) {
        return new Dispatcher(desk, queue, status, handoff.strategy());
    }

    @Bean(destroyMethod = "close")
    HandoffScheduler handoffScheduler(Dispatcher dispatcher, Engine engine, HandoffQueue queue, BusinessHours hours,
                                      HandoffMessages messages, CallbackStore callbacks, HandoffProperties handoff) {
        QueueTimeouts timeouts = new QueueTimeouts(engine, queue, hours, handoff.timeout(), messages, Clock.systemUTC());
        HandoffScheduler scheduler = new HandoffScheduler(dispatcher, timeouts, callbacks, Clock.systemUTC());
        scheduler.start(handoff.checkInterval());
        return scheduler;
    }

    /** A conversation put in the queue, on any instance, is dispatched at once by one instance (the round is the safety net). */
    @Bean(destroyMethod = "close")
    WorkFeed.Consumption dispatchWhenQueued(WorkFeed work, ConversationStore store, Dispatcher dispatcher) {
        return work.consume(DispatchWhenQueued.GROUP, new DispatchWhenQueued(store, dispatcher));
    }

    /** A conversation just handed off goes to a free agent at once rather than at the next round (read lazily: the engine calls it). */
    @Bean
    TurnListener dispatchAfterHandoff(ObjectProvider<Dispatcher> dispatcher) {
        return (message, result) -> {
            if (handedOff(result)) {
                dispatcher.getObject().dispatch();
            }
        };
    }

    private static boolean handedOff(TurnResult result) {
        return result.state() == ConversationState.QUEUED && result.analysis().handoffReason() != null;
    }

    /** The longest agent text, the same as a customer's. */
    @Bean
    AgentTextLimit agentTextLimit(KefuProperties kefu) {
        return new AgentTextLimit(kefu.chat().maxTextLength());
    }
}
