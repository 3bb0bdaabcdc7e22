package dev.kefu.core.engine;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.message.InboundMessage;
import dev.kefu.intents.Intent;
import dev.kefu.intents.entities.Entity;
import dev.kefu.kb.search.Retrieval;
import dev.kefu.sentiment.moderation.Moderation;
import dev.kefu.sentiment.polarity.Sentiment;
import dev.kefu.sentiment.trend.SentimentTrend;
import dev.kefu.text.Language;
import java.util.List;

/**
 * What the stages learn about one inbound message, filled in stage by stage. Confined to the
 * thread handling the message.
 */
public final class Turn {

    private final InboundMessage message;
    private final Conversation conversation;
    private String text;
    private String redactedText;
    private List<Entity> entities = List.of();
    private Language language = Language.UNDETERMINED;
    private String languageTag = Language.UNDETERMINED.tag();
    private Moderation moderation = Moderation.clean();
    private Intent intent = Intent.none();
    private Sentiment sentiment = Sentiment.neutral();
    private SentimentTrend sentimentTrend;
    private Retrieval retrieval = Retrieval.empty();

    Turn(InboundMessage message, Conversation conversation) {
        this.message = message;
        this.conversation = conversation;
        this.sentimentTrend = conversation.sentimentTrend();
        this.text = message.text();
        this.redactedText = message.text();
    }

    public InboundMessage message() { return message; }
    public Conversation conversation() { return conversation; }
    public String text() { return text; }
    public String redactedText() { return redactedText; }
    public List<Entity> entities() { return entities; }
    public Language language() { return language; }
    public String languageTag() { return languageTag; }
    public Moderation moderation() { return moderation; }
    public Intent intent() { return intent; }
    public Sentiment sentiment() { return sentiment; }
    /** The conversation's sentiment trend with this message, once the message is recorded. */
    public SentimentTrend sentimentTrend() { return sentimentTrend; }
    public Retrieval retrieval() { return retrieval; }

    void text(String text) { this.text = text; }
    void redaction(String redactedText, List<Entity> entities) {
        this.redactedText = redactedText;
        this.entities = List.copyOf(entities);
    }
    void language(Language language, String tag) {
        this.language = language;
        this.languageTag = tag;
    }
    void moderation(Moderation moderation) { this.moderation = moderation; }
    void intent(Intent intent) { this.intent = intent; }
    void sentiment(Sentiment sentiment) { this.sentiment = sentiment; }
    void sentimentTrend(SentimentTrend trend) { this.sentimentTrend = trend; }
    void retrieval(Retrieval retrieval) { this.retrieval = retrieval; }
}
