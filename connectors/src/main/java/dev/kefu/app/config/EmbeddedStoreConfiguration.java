package dev.kefu.app.config;

import dev.kefu.app.agent.HandoffProperties;
import dev.kefu.core.admission.InMemoryRecentMessages;
import dev.kefu.core.admission.TokenBucketRateLimiter;
import dev.kefu.core.audit.AuditLog;
import dev.kefu.core.audit.FileAuditLog;
import dev.kefu.core.events.ConversationEventBus;
import dev.kefu.core.events.LocalConversationEventBus;
import dev.kefu.core.events.LocalWorkFeed;
import dev.kefu.core.events.WorkFeed;
import dev.kefu.core.handoff.AgentLocks;
import dev.kefu.core.handoff.AgentStatusStore;
import dev.kefu.core.handoff.CallbackStore;
import dev.kefu.core.handoff.DirectoryCallbackStore;
import dev.kefu.core.handoff.ExpiringPresence;
import dev.kefu.core.handoff.FileWaitHistory;
import dev.kefu.core.handoff.InMemoryAgentStatusStore;
import dev.kefu.core.handoff.InProcessAgentLocks;
import dev.kefu.core.handoff.WaitHistory;
import dev.kefu.core.store.ConversationStore;
import dev.kefu.core.store.journal.JournalConversationStore;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code kefu.store=embedded} (the default): the journal and the audit log under
 * {@code kefu.data-dir}, limits, redeliveries, live events and the work done once per event in memory.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kefu.store", havingValue = "embedded", matchIfMissing = true)
class EmbeddedStoreConfiguration {

    /** How many recent waits the expected wait is estimated from. */
    static final int WAITS_KEPT = 200;
    /** How often a failed piece of work is tried, and how long apart. */
    static final int WORK_DELIVERIES = 5;
    static final Duration WORK_RETRY_DELAY = Duration.ofSeconds(5);

    @Bean(destroyMethod = "close")
    ConversationStore conversationStore(KefuProperties properties) {
        return JournalConversationStore.open(properties.dataDir());
    }

    /** Events reach the watchers of this one instance. */
    @Bean(destroyMethod = "close")
    ConversationEventBus conversationEventBus() {
        return new LocalConversationEventBus();
    }

    /** Work done once per event: this one instance does all of it, from the local bus. */
    @Bean(destroyMethod = "close")
    WorkFeed workFeed(ConversationEventBus bus) {
        return new LocalWorkFeed(bus, WORK_DELIVERIES, WORK_RETRY_DELAY);
    }

    /** Who read or changed what of the customers' data, in {@code <data-dir>/audit/audit.jsonl}. */
    @Bean(destroyMethod = "close")
    AuditLog auditLog(KefuProperties properties) {
        return FileAuditLog.open(properties.dataDir().resolve("audit"));
    }

    @Bean
    TokenBucketRateLimiter rateLimiter(KefuProperties properties) {
        return new TokenBucketRateLimiter(properties.chat().rateBurst(), properties.chat().ratePerMinute(), Clock.systemUTC());
    }

    @Bean
    InMemoryRecentMessages recentMessages() {
        return new InMemoryRecentMessages(10_000);
    }

    /** Presence in memory: after a restart agents say again that they are online. */
    @Bean
    AgentStatusStore agentStatusStore(HandoffProperties handoff) {
        return new ExpiringPresence(new InMemoryAgentStatusStore(), handoff.presenceTimeout(), Clock.systemUTC());
    }

    /** One instance assigns, so its own locks suffice. */
    @Bean
    AgentLocks agentLocks() {
        return new InProcessAgentLocks();
    }

    /** The recent waits, from which a queued customer's expected wait is estimated, in {@code <data-dir>/handoff-waits}. */
    @Bean
    WaitHistory waitHistory(KefuProperties properties) {
        return FileWaitHistory.open(properties.dataDir().resolve("handoff-waits"), WAITS_KEPT);
    }

    /** Callback requests (customers' contact details) on disk under {@code <data-dir>/callbacks}. */
    @Bean
    CallbackStore callbackStore(KefuProperties properties) {
        return DirectoryCallbackStore.open(properties.dataDir().resolve("callbacks"));
    }
}
