package dev.kefu.app.llm;

import dev.kefu.app.config.KefuProperties;
import dev.kefu.core.engine.ReplyAugmenter;
import dev.kefu.core.llm.GroundedComposer;
import dev.kefu.core.llm.GroundedReplyAugmenter;
import dev.kefu.core.llm.GuardedChatModel;
import dev.kefu.core.llm.LlmEndpoint;
import dev.kefu.core.llm.LlmMetrics;
import dev.kefu.core.llm.LlmSummarizer;
import dev.kefu.core.llm.ReplySuggester;
import dev.kefu.intents.entities.EntityExtractor;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.text.script.ChineseScript;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * With {@code kefu.llm.enabled=true}: the language model and what uses it (the engine's
 * {@link ReplyAugmenter}, the handoff summarizer and the agents' reply suggester). Without it none of
 * these beans exists and the engine answers from the knowledge base alone.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kefu.llm.enabled", havingValue = "true")
class LlmConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LlmConfiguration.class);
    /** The policy offers three choices by default: the model may compose from as many. */
    private static final int MAX_GROUNDING_ENTRIES = 3;

    /** The key is read from the environment variable named by {@code kefu.llm.api-key-env} (or a system property of that name). */
    @Bean
    LlmEndpoint llmEndpoint(KefuProperties properties, Environment environment) {
        KefuProperties.Llm llm = properties.llm();
        LlmEndpoint endpoint = new LlmEndpoint(LlmEndpoint.Provider.valueOf(llm.provider().toUpperCase(Locale.ROOT)),
                llm.baseUrl(), llm.model(), environment.getProperty(llm.apiKeyEnv()),
                llm.timeBudget().plusSeconds(1), llm.temperature(), llm.maxOutputTokens());
        log.info("language model: {}, time budget {} ms{}", endpoint, llm.timeBudget().toMillis(),
                llm.streaming() ? ", streamed" : "");
        return endpoint;
    }

    @Bean(destroyMethod = "close")
    GuardedChatModel guardedChatModel(LlmEndpoint llmEndpoint, KefuProperties properties,
                                      ObjectProvider<MeterRegistry> meterRegistry) {
        KefuProperties.Llm llm = properties.llm();
        MeterRegistry registry = meterRegistry.getIfAvailable();
        return GuardedChatModel.builder()
                .endpoint(llmEndpoint)
                .streaming(llm.streaming())
                .timeBudget(llm.timeBudget())
                .maxConcurrentCalls(llm.maxConcurrentCalls())
                .failureThreshold(llm.breakerFailures())
                .coolDown(llm.breakerCoolDown())
                .metrics(registry == null ? LlmMetrics.NONE : new MicrometerLlmMetrics(registry))
                .build();
    }

    @Bean
    GroundedComposer groundedComposer(GuardedChatModel model, ChineseScript script, KefuProperties properties) {
        return new GroundedComposer(model, script, properties.llm().maxReplyChars());
    }

    @Bean
    ReplyAugmenter groundedReplyAugmenter(GroundedComposer composer) {
        return new GroundedReplyAugmenter(composer, MAX_GROUNDING_ENTRIES);
    }

    @Bean
    LlmSummarizer llmSummarizer(GuardedChatModel model, ChineseScript script) {
        return new LlmSummarizer(model, script, new EntityExtractor());
    }

    @Bean
    ReplySuggester replySuggester(KnowledgeBase knowledgeBase, GroundedComposer composer, ChineseScript script) {
        return new ReplySuggester(knowledgeBase, composer, script, MAX_GROUNDING_ENTRIES);
    }
}
