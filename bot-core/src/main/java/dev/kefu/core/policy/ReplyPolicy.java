package dev.kefu.core.policy;

import dev.kefu.core.conversation.HandoffReason;
import dev.kefu.core.engine.Turn;
import dev.kefu.core.message.Reply;
import dev.kefu.core.message.ReplyType;
import dev.kefu.core.policy.BotMessages.Key;
import dev.kefu.intents.Intent;
import dev.kefu.kb.FaqVariant;
import dev.kefu.kb.search.Decision;
import dev.kefu.kb.search.Match;
import dev.kefu.kb.search.Retrieval;
import dev.kefu.sentiment.polarity.Emotion;
import dev.kefu.sentiment.polarity.Sentiment;
import dev.kefu.sentiment.trend.SentimentTrend;
import dev.kefu.text.Language;
import java.util.List;

/**
 * Decides what the bot does with a turn while it handles the conversation, in this order: abuse
 * (caught by moderation or read as the intent), requests for a person and complaints hand off; an
 * angry, strongly negative message hands off; a negative message hands off when the conversation's
 * mood is worsening or negative messages repeat (a frustrated or impatient customer whose patience
 * is running out), never a neutral or positive one; greetings, thanks and goodbyes get a short
 * reply, and so does chitchat unless the knowledge base has an answer for it; every other intent (affirm, deny,
 * refund, cancel, order status, none) goes to the knowledge base, which answers, suggests, or
 * honestly says it does not know, and hands off after too many misses in a row. The classifier
 * says {@link Intent#NONE} when it is unsure, so an unsure reading never hands off. Never invents
 * an answer.
 */
public final class ReplyPolicy {

    private final PolicySettings settings;
    private final BotMessages messages;

    public ReplyPolicy(PolicySettings settings, BotMessages messages) {
        this.settings = settings;
        this.messages = messages;
    }

    public PolicyOutcome decide(Turn turn, int queueAhead) {
        Language language = turn.language();
        String intent = turn.intent().name();
        if (turn.moderation().abusive() || intent.equals(Intent.ABUSE)) {
            return handOff(HandoffReason.ABUSE, messages.get(Key.ABUSE, language));
        }
        if (intent.equals(Intent.ASK_HUMAN)) {
            return handOff(HandoffReason.USER_REQUEST, handoffText(language, queueAhead));
        }
        if (intent.equals(Intent.COMPLAINT)) {
            return handOff(HandoffReason.COMPLAINT, messages.get(Key.COMPLAINT, language));
        }
        Sentiment sentiment = turn.sentiment();
        if (sentiment.emotion() == Emotion.ANGER && sentiment.score() <= settings.negativeSentiment()) {
            return handOff(HandoffReason.NEGATIVE_SENTIMENT, handoffText(language, queueAhead));
        }
        SentimentTrend trend = turn.sentimentTrend();
        if (sentiment.label() == Sentiment.Label.NEGATIVE && (trend.worsening(settings.sentimentTrend())
                || trend.repeatedNegatives(settings.repeatedNegatives(), settings.negativeWindow()))) {
            return handOff(HandoffReason.SENTIMENT_TREND, handoffText(language, queueAhead));
        }
        switch (intent) {
            case Intent.GREET -> { return smalltalk(messages.get(Key.GREET, language)); }
            case Intent.THANKS -> { return smalltalk(messages.get(Key.THANKS, language)); }
            case Intent.GOODBYE -> { return smalltalk(messages.get(Key.GOODBYE, language)); }
            default -> { }
        }
        Retrieval retrieval = turn.retrieval();
        if (intent.equals(Intent.CHITCHAT)) {
            // the business may have written an answer ("are you a robot?"); else steer back to what the bot is for
            return retrieval.decision() == Decision.ANSWER
                    ? answer(retrieval, language) : smalltalk(messages.get(Key.CHITCHAT, language));
        }
        switch (retrieval.decision()) {
            case ANSWER -> {
                return answer(retrieval, language);
            }
            case SUGGEST -> {
                List<String> choices = retrieval.suggestions(settings.maxSuggestions()).stream()
                        .map(m -> messages.inScript(m.entry().variantFor(language).question(), language))
                        .distinct().toList();
                return new PolicyOutcome(List.of(new Reply(ReplyType.SUGGESTIONS, messages.get(Key.SUGGEST, language),
                        null, choices)), null);
            }
            default -> {
                if (turn.conversation().consecutiveFallbacks() + 1 >= settings.fallbacksBeforeHandoff()) {
                    return handOff(HandoffReason.REPEATED_FALLBACK, handoffText(language, queueAhead));
                }
                return new PolicyOutcome(List.of(Reply.of(ReplyType.FALLBACK, messages.get(Key.FALLBACK, language))), null);
            }
        }
    }

    private PolicyOutcome answer(Retrieval retrieval, Language language) {
        Match best = retrieval.best().orElseThrow();
        FaqVariant variant = best.entry().variantFor(language);
        return new PolicyOutcome(List.of(new Reply(ReplyType.ANSWER, messages.inScript(variant.answer(), language),
                best.entry().id(), List.of())), null);
    }

    /** The reply to a customer who writes while waiting for an agent. */
    public Reply whileQueued(Language language, int position) {
        return Reply.of(ReplyType.SYSTEM, messages.get(Key.QUEUED_WAIT, language, position));
    }

    private String handoffText(Language language, int queueAhead) {
        return queueAhead > 0 ? messages.get(Key.HANDOFF_QUEUE, language, queueAhead) : messages.get(Key.HANDOFF, language);
    }

    private static PolicyOutcome handOff(HandoffReason reason, String text) {
        return new PolicyOutcome(List.of(Reply.of(ReplyType.HANDOFF, text)), reason);
    }

    private static PolicyOutcome smalltalk(String text) {
        return new PolicyOutcome(List.of(Reply.of(ReplyType.SMALLTALK, text)), null);
    }
}
