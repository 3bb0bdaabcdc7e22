package dev.kefu.sentiment.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kefu.sentiment.polarity.Emotion;
import dev.kefu.sentiment.polarity.Sentiment;
import org.junit.jupiter.api.Test;

class SentimentTrendTest {

    private static final Sentiment NEUTRAL = Sentiment.neutral();
    private static final Sentiment NEGATIVE = new Sentiment(-0.9, Sentiment.Label.NEGATIVE, Emotion.FRUSTRATION);
    private static final Sentiment POSITIVE = new Sentiment(0.9, Sentiment.Label.POSITIVE, Emotion.SATISFACTION);

    private static SentimentTrend after(Sentiment... messages) {
        SentimentTrend trend = SentimentTrend.start();
        for (Sentiment message : messages) {
            trend = trend.next(message);
        }
        return trend;
    }

    @Test
    void weighsTheNewestMessageMostStartingFromNeutral() {
        SentimentTrend one = after(NEGATIVE);
        assertThat(one.mean()).isCloseTo(-0.9 * SentimentTrend.NEWEST_WEIGHT, within(1e-9));
        assertThat(one.previousMean()).isZero();
        SentimentTrend two = one.next(POSITIVE);
        assertThat(two.mean()).isCloseTo(0.6 * one.mean() + 0.4 * 0.9, within(1e-9));
        assertThat(two.messages()).isEqualTo(2);
    }

    @Test
    void oneNegativeMessageIsNoTrend() {
        SentimentTrend trend = after(NEUTRAL, NEUTRAL, NEGATIVE);
        assertThat(trend.worsening(-0.5)).isFalse();
        assertThat(trend.repeatedNegatives(3, 4)).isFalse();
        assertThat(trend.negativesInLast(1)).isEqualTo(1);
    }

    @Test
    void aRunOfNegativesWorsensTheTrend() {
        SentimentTrend trend = after(NEUTRAL, NEGATIVE, NEGATIVE, NEGATIVE);
        assertThat(trend.worsening(-0.5)).isTrue();
        assertThat(trend.negativesInLast(4)).isEqualTo(3);
        assertThat(trend.repeatedNegatives(3, 4)).isTrue();
        assertThat(trend.next(POSITIVE).worsening(-0.5)).isFalse();
    }

    @Test
    void countsNegativesInAWindowThatForgetsOldMessages() {
        SentimentTrend trend = after(NEGATIVE, NEGATIVE, NEGATIVE, NEUTRAL, NEUTRAL, POSITIVE, NEUTRAL, NEUTRAL, NEUTRAL, NEUTRAL, NEUTRAL);
        assertThat(trend.negativesInLast(SentimentTrend.WINDOW)).isZero();
        assertThat(after(NEGATIVE, NEUTRAL, NEGATIVE, NEGATIVE).repeatedNegatives(3, 4)).isTrue();
        assertThat(after(NEGATIVE, NEUTRAL, NEUTRAL, NEGATIVE, NEGATIVE).repeatedNegatives(3, 4)).isFalse();
        assertThatThrownBy(() -> trend.negativesInLast(SentimentTrend.WINDOW + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesMeansOutsideTheScoreRange() {
        assertThatThrownBy(() -> new SentimentTrend(-1.5, 0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SentimentTrend(Double.NaN, 0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
