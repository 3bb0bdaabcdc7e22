package dev.kefu.sentiment.polarity;

import dev.kefu.text.Language;

/**
 * The lexicon alone ({@link SentimentLexicon}): the polarity is the squashed sum of the cues, the
 * emotion what the cues say. The baseline the trained model is measured against; thread-safe.
 */
public final class LexiconSentimentAnalyzer implements SentimentAnalyzer {

    private static final double NEUTRAL_BAND = 0.2;

    private final SentimentLexicon lexicon;

    public LexiconSentimentAnalyzer(SentimentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Sentiment analyze(String text, Language language) {
        LexiconReading reading = lexicon.read(text);
        double score = reading.polarity();
        Sentiment.Label label = Sentiment.labelOf(score, NEUTRAL_BAND);
        return new Sentiment(score, label, reading.emotion(label));
    }
}
