package dev.kefu.sentiment.polarity;

import dev.kefu.text.Language;

/** Scores the polarity of one normalized message. Implementations are thread-safe. */
public interface SentimentAnalyzer {
    Sentiment analyze(String text, Language language);
}
