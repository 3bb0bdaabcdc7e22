package dev.kefu.app.config;

import dev.kefu.core.policy.PolicySettings;
import dev.kefu.kb.search.DecisionThresholds;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code kefu.*} settings. {@code kb.path}: a CSV or JSON knowledge base that replaces the
 * bundled demo; {@code data-dir}: where the embedded store keeps its journal; {@code store}:
 * {@code embedded} (default) or {@code redis} (then {@code redis.*} says which); {@code llm}: the
 * optional language model, off by default.
 */
@ConfigurationProperties("kefu")
public record KefuProperties(
        @DefaultValue("./kefu-data") Path dataDir,
        @DefaultValue("embedded") String store,
        @DefaultValue Kb kb,
        @DefaultValue Intents intents,
        @DefaultValue Chat chat,
        @DefaultValue Redis redis,
        @DefaultValue("en") String defaultLanguage,
        @DefaultValue Policy policy,
        @DefaultValue Llm llm) {

    public KefuProperties {
        if (!store.equals("embedded") && !store.equals("redis")) {
            throw new IllegalArgumentException("kefu.store must be embedded or redis, not " + store);
        }
    }

    /**
     * {@code path}: the knowledge base file; {@code synonyms}: a synonym file (Solr format, zh and en
     * lines); {@code answer-threshold}, {@code answer-margin}, {@code suggest-threshold}: when a
     * match is answered outright or offered as a choice (README, "Knowing when it does not know");
     * each one left out keeps its tuned default.
     */
    public record Kb(Path path, Path synonyms, Double answerThreshold, Double answerMargin, Double suggestThreshold) {

        public DecisionThresholds thresholds() {
            DecisionThresholds defaults = DecisionThresholds.DEFAULTS;
            return new DecisionThresholds(or(answerThreshold, defaults.answer()), or(answerMargin, defaults.margin()),
                    or(suggestThreshold, defaults.suggest()));
        }
    }

    /**
     * When the bot hands off (README, "Policy"): {@code negative-sentiment}, the score at or under
     * which one message hands off; {@code sentiment-trend}, the conversation's trend that does;
     * {@code repeated-negatives} within the last {@code negative-window} messages;
     * {@code fallbacks-before-handoff}, misses in a row; {@code max-suggestions}, choices offered.
     * Each one left out keeps its default.
     */
    public record Policy(Double negativeSentiment, Double sentimentTrend, Integer repeatedNegatives,
                         Integer negativeWindow, Integer fallbacksBeforeHandoff, Integer maxSuggestions) {

        public PolicySettings settings() {
            PolicySettings defaults = PolicySettings.DEFAULTS;
            return new PolicySettings(or(negativeSentiment, defaults.negativeSentiment()),
                    or(sentimentTrend, defaults.sentimentTrend()), or(repeatedNegatives, defaults.repeatedNegatives()),
                    or(negativeWindow, defaults.negativeWindow()),
                    or(fallbacksBeforeHandoff, defaults.fallbacksBeforeHandoff()), or(maxSuggestions, defaults.maxSuggestions()));
        }
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }

    /**
     * {@code path}: the business's own intents, a {@code text,label} CSV trained at start-up (and
     * cached in the data dir) and read after the built-in ones; {@code oos-label}: the label of
     * examples that are out of scope, which tune the threshold below which a message has no intent;
     * {@code model}: instead of {@code path}, a model saved by {@code kefu train intents}.
     */
    public record Intents(Path path, @DefaultValue("oos") String oosLabel, Path model) {
    }

    /** {@code max-text-length}: longest message accepted; {@code max-body-bytes}: largest request body. */
    public record Chat(@DefaultValue("2000") int maxTextLength, @DefaultValue("65536") long maxBodyBytes,
                       @DefaultValue("20") int rateBurst, @DefaultValue("60") int ratePerMinute) {
    }

    /**
     * {@code uri}: {@code redis://[:password@]host[:port][/database]}; {@code key-prefix}: put before
     * every key, so deployments can share a Redis; {@code timeout}: the longest a command may take;
     * {@code work-outbox-length}: about how many event references the outbox stream {@code <prefix>work}
     * keeps (the oldest are trimmed); {@code work-min-idle}: how long an entry a work group's consumer
     * read may stay unacknowledged before another instance takes it over; {@code work-max-deliveries}:
     * how often an entry is delivered before it is logged and dropped.
     */
    public record Redis(@DefaultValue("redis://localhost:6379") String uri, @DefaultValue("kefu:") String keyPrefix,
                        @DefaultValue("2s") Duration timeout, @DefaultValue("100000") long workOutboxLength,
                        @DefaultValue("30s") Duration workMinIdle, @DefaultValue("5") int workMaxDeliveries) {

        public Redis {
            if (workOutboxLength < 1 || workMaxDeliveries < 1 || workMinIdle.toMillis() < 1) {
                throw new IllegalArgumentException("kefu.redis.work-outbox-length and work-max-deliveries must be at least 1, "
                        + "work-min-idle at least 1ms");
            }
        }
    }

    /**
     * The optional language model that words grounded answers, summarizes handoffs and suggests agents'
     * replies; off unless {@code enabled}. {@code provider}: {@code openai} (any OpenAI-compatible
     * chat-completions server; {@code base-url} up to and without {@code /chat/completions}) or
     * {@code ollama}; {@code api-key-env}: the name of the environment variable that holds the key (the
     * key itself is never a property, so it is never printed with them); {@code time-budget}: the
     * longest a turn waits for the model before the deterministic reply goes out; the breaker opens
     * after {@code breaker-failures} failures in a row for {@code breaker-cool-down}, and a 429 or 503
     * with {@code Retry-After} holds it open until then; {@code streaming}: receive the reply as a
     * stream (server-sent events, Ollama's JSON lines), assembled within the same time budget.
     */
    public record Llm(@DefaultValue("false") boolean enabled, @DefaultValue("openai") String provider, String baseUrl,
                      String model, @DefaultValue("KEFU_LLM_API_KEY") String apiKeyEnv,
                      @DefaultValue("2s") Duration timeBudget, @DefaultValue("4") int maxConcurrentCalls,
                      @DefaultValue("5") int breakerFailures, @DefaultValue("30s") Duration breakerCoolDown,
                      @DefaultValue("0.2") double temperature, @DefaultValue("400") int maxOutputTokens,
                      @DefaultValue("600") int maxReplyChars, @DefaultValue("false") boolean streaming) {

        public Llm {
            if (!provider.equals("openai") && !provider.equals("ollama")) {
                throw new IllegalArgumentException("kefu.llm.provider must be openai or ollama, not " + provider);
            }
            if (enabled && (baseUrl == null || baseUrl.isBlank() || model == null || model.isBlank())) {
                throw new IllegalArgumentException("kefu.llm.enabled needs kefu.llm.base-url and kefu.llm.model");
            }
        }
    }
}
