package dev.kefu.app.store.redis;

import dev.kefu.app.agent.HandoffProperties;
import dev.kefu.app.config.KefuProperties;
import dev.kefu.app.privacy.PrivacyProperties;
import dev.kefu.core.audit.AuditLog;
import dev.kefu.core.events.ConversationEventBus;
import dev.kefu.core.events.WorkFeed;
import dev.kefu.core.handoff.AgentLocks;
import dev.kefu.core.handoff.AgentStatusStore;
import dev.kefu.core.handoff.CallbackStore;
import dev.kefu.core.handoff.ExpiringPresence;
import dev.kefu.core.handoff.WaitHistory;
import dev.kefu.core.store.ConversationStore;
import dev.kefu.core.store.StoreException;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code kefu.store=redis}: conversations, rate limits, redelivered messages, the audit log,
 * the live fan-out of events and the work done once per event in the Redis at {@code kefu.redis.uri}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kefu.store", havingValue = "redis")
class RedisStoreConfiguration {

    @Bean(destroyMethod = "close")
    SharedRedis sharedRedis(KefuProperties properties) {
        KefuProperties.Redis redis = properties.redis();
        return SharedRedis.builder().uri(redis.uri()).keyPrefix(redis.keyPrefix()).commandTimeout(redis.timeout()).build();
    }

    @Bean
    ConversationStore conversationStore(SharedRedis redis, PrivacyProperties privacy, KefuProperties properties) {
        return new RedisConversationStore(redis, privacy.retention(), properties.redis().workOutboxLength());
    }

    /** Events reach the watchers of every instance on this Redis, over pub/sub. */
    @Bean(destroyMethod = "close")
    ConversationEventBus conversationEventBus(SharedRedis redis) {
        return new RedisConversationEventBus(redis);
    }

    /** Work done once per event across the instances: the outbox stream read by Redis consumer groups. */
    @Bean(destroyMethod = "close")
    WorkFeed workFeed(SharedRedis redis, KefuProperties properties) {
        KefuProperties.Redis settings = properties.redis();
        return RedisWorkFeed.builder().redis(redis).minIdle(settings.workMinIdle()).maxDeliveries(settings.workMaxDeliveries())
                .build();
    }

    /** Who read or changed what of the customers' data, shared by every instance. */
    @Bean(destroyMethod = "close")
    AuditLog auditLog(SharedRedis redis) {
        return RedisAuditLog.builder().redis(redis).build();
    }

    @Bean
    RedisRateLimiter rateLimiter(SharedRedis redis, KefuProperties properties) {
        return RedisRateLimiter.builder().redis(redis).burst(properties.chat().rateBurst())
                .perMinute(properties.chat().ratePerMinute()).build();
    }

    @Bean
    RedisRecentMessages recentMessages(SharedRedis redis) {
        return RedisRecentMessages.builder().redis(redis).build();
    }

    @Bean
    AgentStatusStore agentStatusStore(SharedRedis redis, HandoffProperties handoff) {
        return new ExpiringPresence(new RedisAgentStatusStore(redis), handoff.presenceTimeout(), Clock.systemUTC());
    }

    /** Agents' locks in Redis: two instances cannot both fill an agent's last free place. */
    @Bean
    AgentLocks agentLocks(SharedRedis redis) {
        return RedisAgentLocks.builder().redis(redis).build();
    }

    @Bean
    WaitHistory waitHistory(SharedRedis redis) {
        return new RedisWaitHistory(redis, 200);
    }

    @Bean
    CallbackStore callbackStore(SharedRedis redis) {
        return new RedisCallbackStore(redis);
    }

    /** Reports DOWN while Redis does not answer, so that a load balancer sends chats elsewhere. */
    @Bean
    HealthIndicator redisHealthIndicator(SharedRedis redis) {
        return () -> {
            try {
                redis.call(c -> c.ping());
                return Health.up().build();
            } catch (StoreException e) {
                return Health.down(e).build();
            }
        };
    }
}
