package dev.kefu.app.channel;

import dev.kefu.app.channel.etiquette.EtiquetteMessages;
import dev.kefu.app.channel.http.PlatformHttp;
import dev.kefu.app.store.redis.RedisChannelState;
import dev.kefu.app.store.redis.SharedRedis;
import dev.kefu.app.web.BodySizeLimit;
import dev.kefu.core.engine.Engine;
import dev.kefu.core.policy.BotMessages;
import dev.kefu.core.events.ConversationEventBus;
import dev.kefu.core.events.WorkFeed;
import dev.kefu.core.store.ConversationStore;
import dev.kefu.intents.entities.EntityExtractor;
import dev.kefu.sentiment.moderation.ModerationDetector;
import dev.kefu.text.detect.LanguageDetector;
import dev.kefu.text.script.ChineseScript;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the messaging platforms share: their state (in Redis with {@code kefu.store=redis}, else in
 * memory), the HTTP client, the dispatchers and the router of agents' replies. Each platform's own
 * beans, and its endpoint, exist only when it is enabled.
 */
@Configuration(proxyBeanMethods = false)
class ChannelConfiguration {

    @Bean
    ChannelState channelState(ObjectProvider<SharedRedis> redis) {
        SharedRedis shared = redis.getIfAvailable();
        return shared != null ? new RedisChannelState(shared) : new InMemoryChannelState(100_000);
    }

    @Bean
    PlatformHttp platformHttp(ChannelsProperties properties) {
        ChannelsProperties.Http http = properties.http();
        return PlatformHttp.builder().maxAttempts(http.maxAttempts()).backoff(http.initialBackoff(), http.maxBackoff())
                .maxRetryAfter(http.maxRetryAfter()).requestTimeout(http.requestTimeout()).build();
    }

    @Bean
    ChannelDispatchers channelDispatchers(Engine engine, ChannelState state, ChineseScript script,
                                          LanguageDetector languages, ChannelsProperties properties) {
        return new ChannelDispatchers(engine, state, new EtiquetteMessages(script), new BotMessages(script), new EntityExtractor(),
                ModerationDetector.load(script), languages, properties.abuse());
    }

    @Bean(destroyMethod = "close")
    AgentReplyRouter agentReplyRouter(ConversationEventBus bus, WorkFeed work, ConversationStore store, ChannelState state,
                                      ObjectProvider<OutboundChannel> channels) {
        return new AgentReplyRouter(bus, work, store, state, channels.orderedStream().toList());
    }

    @Bean
    BodySizeLimit channelBodySizeLimit(ChannelsProperties properties) {
        return new BodySizeLimit("/api/v1/channels/", properties.maxBodyBytes());
    }
}
