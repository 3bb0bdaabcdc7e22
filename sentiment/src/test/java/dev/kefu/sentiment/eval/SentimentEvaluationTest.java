package dev.kefu.sentiment.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.sentiment.polarity.Emotion;
import dev.kefu.sentiment.polarity.Sentiment;
import dev.kefu.sentiment.polarity.SentimentAnalyzer;
import dev.kefu.text.learn.LabeledText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentimentEvaluationTest {

    /** Reads 好 / good as mildly positive (inside a 0.5 neutral band), 差 / bad as negative, anything else as no opinion. */
    private static final SentimentAnalyzer STUB = (text, language) -> {
        if (text.contains("好") || text.contains("good")) {
            return new Sentiment(0.3, Sentiment.Label.NEUTRAL, Emotion.NONE);
        }
        if (text.contains("差") || text.contains("bad")) {
            return new Sentiment(-0.8, Sentiment.Label.NEGATIVE, Emotion.FRUSTRATION);
        }
        return Sentiment.neutral();
    };

    @Test
    void aTwoClassSetIsReadByTheSignOfTheScore() {
        Map<String, Object> report = SentimentEvaluation.run(STUB, List.of(
                new LabeledText("很好", "positive"), new LabeledText("很差", "negative"),
                new LabeledText("good", "positive"), new LabeledText("nothing", "negative")));
        assertThat(report).containsEntry("n", 4).containsEntry("accuracy", 0.75).containsEntry("neutral_rate", 0.75)
                .containsEntry("binary", true).containsEntry("neutral_resolved_by", SentimentEvaluation.BY_SIGN)
                .containsKeys("macro_f1", "p50_ms", "p99_ms", "p99_cpu_ms");
    }

    @Test
    void aTwoClassSetKeepsTheThreeClassReadingBesideIt() {
        Map<String, Object> report = SentimentEvaluation.run(STUB, List.of(
                new LabeledText("很好", "positive"), new LabeledText("很好，推薦", "positive"), new LabeledText("很差", "negative"),
                new LabeledText("good enough", "positive")));
        assertThat(report).containsEntry("accuracy", 1.0).containsEntry("three_class_accuracy", 0.25);
    }

    @Test
    void aSetWithNeutralMessagesIsReadByTheLabel() {
        Map<String, Object> report = SentimentEvaluation.run(STUB, List.of(
                new LabeledText("好", "positive"), new LabeledText("差", "negative"), new LabeledText("在吗", "Neutral")));
        assertThat(report.get("accuracy")).isEqualTo(0.6667);
        assertThat(report).containsEntry("binary", false).doesNotContainKeys("neutral_resolved_by", "three_class_accuracy");
    }
}
