package dev.kefu.core.message;

import dev.kefu.core.conversation.HandoffReason;
import dev.kefu.intents.Intent;
import dev.kefu.sentiment.polarity.Sentiment;

/** What the engine read in a message: language tag, intent, sentiment, and why it handed off, if it did. */
public record TurnAnalysis(String language, Intent intent, Sentiment sentiment, HandoffReason handoffReason) {
}
