package dev.kefu.core.message;

import dev.kefu.core.conversation.HandoffReason;
import dev.kefu.intents.Intent;
import dev.kefu.sentiment.polarity.Sentiment;
import dev.kefu.sentiment.trend.SentimentTrend;

/**
 * What the engine read in a message: language tag, intent, sentiment, the conversation's sentiment
 * trend with it, and why it handed off, if it did.
 */
public record TurnAnalysis(String language, Intent intent, Sentiment sentiment, SentimentTrend sentimentTrend,
                           HandoffReason handoffReason) {
}
