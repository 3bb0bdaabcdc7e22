package dev.kefu.core.engine;

import dev.kefu.core.admission.InMemoryRecentMessages;
import dev.kefu.core.admission.RateLimiter;
import dev.kefu.core.admission.RecentMessages;
import dev.kefu.core.admission.TokenBucketRateLimiter;
import dev.kefu.core.policy.BotMessages;
import dev.kefu.core.policy.PolicySettings;
import dev.kefu.core.policy.ReplyPolicy;
import dev.kefu.core.privacy.PiiRedactor;
import dev.kefu.core.store.ConversationStore;
import dev.kefu.intents.IntentClassifier;
import dev.kefu.intents.builtin.BuiltInIntents;
import dev.kefu.intents.entities.EntityExtractor;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.sentiment.moderation.ModerationDetector;
import dev.kefu.sentiment.polarity.SentimentAnalyzer;
import dev.kefu.sentiment.trained.TrainedSentimentAnalyzer;
import dev.kefu.text.Language;
import dev.kefu.text.detect.LanguageDetector;
import dev.kefu.text.script.ChineseScript;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Configures an {@link Engine}; the store and the knowledge base are required, the rest has
 * defaults. The default intents are the built-in ones, trained once per process on first use; the
 * default sentiment analyzer is the model the product ships, read once per process. Both read the
 * process's shared sentence models ({@code Embeddings.shared()}): give the knowledge base the same
 * instance, and a turn embeds its message once.
 */
public final class EngineBuilder {

    private ConversationStore store;
    private KnowledgeBase knowledgeBase;
    private ChineseScript chineseScript;
    private LanguageDetector languageDetector;
    private IntentClassifier intentClassifier;
    private SentimentAnalyzer sentimentAnalyzer;
    private PolicySettings policySettings = PolicySettings.DEFAULTS;
    private RateLimiter rateLimiter;
    private RecentMessages recentMessages;
    private Language defaultLanguage = Language.EN;
    private Clock clock = Clock.systemUTC();
    private final List<TurnListener> turnListeners = new ArrayList<>();
    private QueueNotices queueNotices;
    private ReplyAugmenter replyAugmenter = ReplyAugmenter.NONE;

    EngineBuilder() {
    }

    public EngineBuilder store(ConversationStore store) { this.store = store; return this; }
    public EngineBuilder knowledgeBase(KnowledgeBase knowledgeBase) { this.knowledgeBase = knowledgeBase; return this; }
    public EngineBuilder chineseScript(ChineseScript script) { this.chineseScript = script; return this; }
    public EngineBuilder languageDetector(LanguageDetector detector) { this.languageDetector = detector; return this; }
    public EngineBuilder intentClassifier(IntentClassifier classifier) { this.intentClassifier = classifier; return this; }
    public EngineBuilder sentimentAnalyzer(SentimentAnalyzer analyzer) { this.sentimentAnalyzer = analyzer; return this; }
    public EngineBuilder policySettings(PolicySettings settings) { this.policySettings = settings; return this; }
    public EngineBuilder rateLimiter(RateLimiter rateLimiter) { this.rateLimiter = rateLimiter; return this; }
    /** Where redelivered platform messages are recognised; the default remembers the last 10,000 of this instance. */
    public EngineBuilder recentMessages(RecentMessages recentMessages) { this.recentMessages = recentMessages; return this; }
    /** The language for a first message that has none (digits, emoji). */
    public EngineBuilder defaultLanguage(Language language) { this.defaultLanguage = language; return this; }
    public EngineBuilder clock(Clock clock) { this.clock = clock; return this; }
    /** Adds listeners told of every turn, in the order given. */
    public EngineBuilder turnListeners(List<TurnListener> listeners) { this.turnListeners.addAll(listeners); return this; }
    /** Rewords the policy's replies (e.g. through a language model); the default leaves them as they are. */
    public EngineBuilder replyAugmenter(ReplyAugmenter augmenter) { this.replyAugmenter = Objects.requireNonNull(augmenter); return this; }

    /** What customers waiting for an agent are told; by default their position in order of waiting. */
    public EngineBuilder queueNotices(QueueNotices notices) { this.queueNotices = notices; return this; }

    public Engine build() {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(knowledgeBase, "knowledgeBase");
        ChineseScript script = chineseScript != null ? chineseScript : ChineseScript.load();
        LanguageDetector detector = languageDetector != null ? languageDetector : LanguageDetector.load(script);
        IntentClassifier intents = intentClassifier != null ? intentClassifier : BuiltInIntents.shared();
        SentimentAnalyzer sentiment = sentimentAnalyzer != null ? sentimentAnalyzer : TrainedSentimentAnalyzer.shipped();
        RateLimiter limiter = rateLimiter != null ? rateLimiter : new TokenBucketRateLimiter(20, 60, clock);
        List<Stage> stages = List.of(
                Stages.normalize(),
                Stages.detectLanguage(detector, defaultLanguage),
                Stages.redact(new PiiRedactor(new EntityExtractor())),
                Stages.moderate(ModerationDetector.load(script)),
                Stages.classifyIntent(intents),
                Stages.scoreSentiment(sentiment),
                Stages.retrieve(knowledgeBase));
        return new Engine(store, stages, new ReplyPolicy(policySettings, new BotMessages(script)), limiter,
                recentMessages != null ? recentMessages : new InMemoryRecentMessages(10_000), clock, turnListeners,
                queueNotices, replyAugmenter);
    }
}
