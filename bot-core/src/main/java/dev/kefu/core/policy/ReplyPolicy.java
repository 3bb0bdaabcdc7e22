package dev.kefu.core.policy;

import dev.kefu.core.conversation.HandoffReason;
import dev.kefu.core.engine.Turn;
import dev.kefu.core.message.Reply;
import dev.kefu.core.message.ReplyType;
import dev.kefu.core.policy.BotMessages.Key;
import dev.kefu.intents.Intent;
import dev.kefu.kb.FaqVariant;
import dev.kefu.kb.search.Match;
import dev.kefu.kb.search.Retrieval;
import dev.kefu.text.Language;
import java.util.List;

/**
 * Decides what the bot does with a turn while it handles the conversation, in this order: abuse
 * and requests for a person hand off; a strongly negative message hands off; small talk gets a
 * short reply; otherwise the knowledge base answers, suggests, or honestly says it does not know,
 * and hands off after too many misses in a row. Never invents an answer.
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
        if (turn.moderation().abusive()) {
            return handOff(HandoffReason.ABUSE, messages.get(Key.ABUSE, language));
        }
        String intent = turn.intent().name();
        if (intent.equals(Intent.ASK_HUMAN)) {
            return handOff(HandoffReason.USER_REQUEST, handoffText(language, queueAhead));
        }
        if (turn.sentiment().score() <= settings.negativeSentiment()) {
            return handOff(HandoffReason.NEGATIVE_SENTIMENT, handoffText(language, queueAhead));
        }
        switch (intent) {
            case Intent.GREET -> { return smalltalk(messages.get(Key.GREET, language)); }
            case Intent.THANKS -> { return smalltalk(messages.get(Key.THANKS, language)); }
            case Intent.GOODBYE -> { return smalltalk(messages.get(Key.GOODBYE, language)); }
            default -> { }
        }
        Retrieval retrieval = turn.retrieval();
        switch (retrieval.decision()) {
            case ANSWER -> {
                Match best = retrieval.best().orElseThrow();
                FaqVariant variant = best.entry().variantFor(language);
                return new PolicyOutcome(List.of(new Reply(ReplyType.ANSWER, messages.inScript(variant.answer(), language),
                        best.entry().id(), List.of())), null);
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
