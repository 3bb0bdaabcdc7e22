package dev.kefu.app.config;

import dev.kefu.core.admission.RateLimiter;
import dev.kefu.core.admission.RecentMessages;
import dev.kefu.core.engine.Engine;
import dev.kefu.core.engine.QueueNotices;
import dev.kefu.core.engine.ReplyAugmenter;
import dev.kefu.core.engine.TurnListener;
import dev.kefu.core.events.ConversationEventBus;
import dev.kefu.core.events.PublishingConversationStore;
import dev.kefu.core.store.ConversationStore;
import dev.kefu.intents.FallbackIntentClassifier;
import dev.kefu.intents.IntentClassifier;
import dev.kefu.intents.domain.DomainIntents;
import dev.kefu.intents.trained.TrainedIntentClassifier;
import dev.kefu.intents.builtin.BuiltInIntents;
import dev.kefu.kb.io.FaqReader;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.sentiment.trained.TrainedSentimentAnalyzer;
import dev.kefu.text.embed.Embeddings;
import dev.kefu.text.Language;
import dev.kefu.text.detect.LanguageDetector;
import dev.kefu.text.script.ChineseScript;
import dev.kefu.text.synonyms.SynonymFileException;
import dev.kefu.text.synonyms.Synonyms;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the libraries and the engine from {@link KefuProperties}; all loading happens here, at
 * start-up. The store, the rate limiter and the recent messages come from the configuration of
 * {@code kefu.store}: {@link EmbeddedStoreConfiguration} or {@code store.redis.RedisStoreConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EngineConfiguration.class);

    @Bean
    ChineseScript chineseScript() {
        return ChineseScript.load();
    }

    @Bean
    LanguageDetector languageDetector(ChineseScript script) {
        return LanguageDetector.load(script);
    }

    @Bean
    FaqReader faqReader(LanguageDetector detector) {
        return new FaqReader(detector);
    }

    /** The process's shared models: the knowledge base, the intents and the sentiment embed a turn's message once between them. */
    @Bean
    Embeddings embeddings() {
        return Embeddings.shared();
    }

    @Bean
    Synonyms synonyms(KefuProperties properties, ChineseScript script) throws IOException, SynonymFileException {
        Path file = properties.kb().synonyms();
        if (file == null) {
            return Synonyms.none();
        }
        try (InputStream in = Files.newInputStream(file)) {
            log.info("synonyms from {}", file);
            return Synonyms.read(in, script);
        }
    }

    /**
     * The live knowledge base, empty until the knowledge-base catalog ({@code admin.AdminConfiguration})
     * puts its published entries in at start-up: the catalog is the one place that reads the
     * configured file or the bundled demo, so nothing is parsed and embedded twice.
     */
    @Bean
    KnowledgeBase knowledgeBase(KefuProperties properties, ChineseScript script, Embeddings embeddings, Synonyms synonyms) {
        return KnowledgeBase.builder().chineseScript(script).embeddings(embeddings).synonyms(synonyms)
                .thresholds(properties.kb().thresholds()).build();
    }

    /**
     * The built-in intents, trained once at start-up on the shared embeddings, then the business's
     * own ({@code kefu.intents.path} or {@code kefu.intents.model}) for messages the built-in ones
     * read as none.
     */
    @Bean
    IntentClassifier intentClassifier(KefuProperties properties, Embeddings embeddings, ChineseScript script) throws IOException {
        Path examples = properties.intents().path();
        Path saved = properties.intents().model();
        if (examples != null && saved != null) {
            throw new IllegalStateException("set kefu.intents.path or kefu.intents.model, not both");
        }
        long start = System.nanoTime();
        IntentClassifier intents = BuiltInIntents.train(embeddings, script);
        log.info("built-in intents trained in {} ms", (System.nanoTime() - start) / 1_000_000);
        if (saved != null) {
            TrainedIntentClassifier model = TrainedIntentClassifier.load(saved, embeddings, script);
            log.info("intents of {}: {}", saved, model.labels());
            return new FallbackIntentClassifier(intents, model);
        }
        if (examples == null) {
            return intents;
        }
        start = System.nanoTime();
        DomainIntents.Loaded domain = new DomainIntents(embeddings, script, properties.intents().oosLabel())
                .loadOrTrain(examples, properties.dataDir().resolve("intents"));
        log.info("intents of {} ({}): {} in {} ms", examples, domain.source(), domain.classifier().labels(),
                (System.nanoTime() - start) / 1_000_000);
        return new FallbackIntentClassifier(intents, domain.classifier());
    }

    @Bean
    Engine engine(KefuProperties properties, ConversationStore store, ConversationEventBus events, RateLimiter rateLimiter, RecentMessages recentMessages,
                  KnowledgeBase knowledgeBase, Embeddings embeddings, ChineseScript script, LanguageDetector detector,
                  IntentClassifier intents, ObjectProvider<TurnListener> turnListeners, ObjectProvider<QueueNotices> queueNotices,
                  ObjectProvider<ReplyAugmenter> replyAugmenter) {
        Language defaultLanguage = Language.fromTag(properties.defaultLanguage());
        return Engine.builder()
                .store(new PublishingConversationStore(store, events))
                .knowledgeBase(knowledgeBase)
                .chineseScript(script)
                .languageDetector(detector)
                .intentClassifier(intents)
                .sentimentAnalyzer(TrainedSentimentAnalyzer.shipped(embeddings))
                .policySettings(properties.policy().settings())
                .defaultLanguage(defaultLanguage == Language.UNDETERMINED ? Language.EN : defaultLanguage)
                .rateLimiter(rateLimiter)
                .recentMessages(recentMessages)
                .clock(Clock.systemUTC())
                .turnListeners(turnListeners.orderedStream().toList())
                .queueNotices(queueNotices.getIfAvailable())
                .replyAugmenter(replyAugmenter.getIfAvailable(() -> ReplyAugmenter.NONE))
                .build();
    }
}
