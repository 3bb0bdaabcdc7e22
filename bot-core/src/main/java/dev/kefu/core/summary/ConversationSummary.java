package dev.kefu.core.summary;

import dev.kefu.core.conversation.HandoffReason;
import java.util.List;

/**
 * What an agent needs to know before replying, taken from the conversation as it is (nothing
 * generated): why it was handed off, the intents read, what the bot answered or could not, the
 * customer's mood and where it is going, the entities mentioned (personal ones only by kind, as
 * stored), and the customer's key messages in their own words. {@code text} says it all in the
 * conversation's language and script.
 */
public record ConversationSummary(String language, HandoffReason handoffReason, List<String> intents,
                                  List<String> answeredFaqIds, int suggestionsOffered, int fallbacks,
                                  double sentiment, Trend trend, List<String> entities, List<String> keyMessages,
                                  String text) {

    /** Where the customer's mood is going over the last messages. */
    public enum Trend { IMPROVING, STEADY, WORSENING }

    public ConversationSummary {
        intents = List.copyOf(intents);
        answeredFaqIds = List.copyOf(answeredFaqIds);
        entities = List.copyOf(entities);
        keyMessages = List.copyOf(keyMessages);
    }
}
