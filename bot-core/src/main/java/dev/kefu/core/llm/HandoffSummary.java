package dev.kefu.core.llm;

import java.util.List;

/**
 * What an agent needs before taking a conversation over: the customer's issue and what the bot tried
 * (both written by the model and checked against the transcript), the mood of the conversation and
 * the entities found in it (both read without the model).
 */
public record HandoffSummary(String issue, String botTried, String sentiment, List<String> entities) {

    public HandoffSummary {
        entities = List.copyOf(entities);
    }
}
