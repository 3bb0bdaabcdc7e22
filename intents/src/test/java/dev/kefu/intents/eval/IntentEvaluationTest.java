package dev.kefu.intents.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.intents.Intent;
import dev.kefu.intents.IntentClassifier;
import dev.kefu.text.learn.LabeledText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntentEvaluationTest {

    // reads the intent off the text's first word, so the figures can be worked out by hand
    private final IntentClassifier firstWord = (text, language) -> {
        String word = text.split(" ")[0];
        return word.equals("none") ? Intent.none() : new Intent(word, 1);
    };

    @Test
    void countsInScopeAccuracyOutOfScopeRecallAndMacroF1() {
        List<LabeledText> test = List.of(
                new LabeledText("refund please", "refund"),
                new LabeledText("refund now", "refund"),
                new LabeledText("status of 退款", "refund"),
                new LabeledText("status 訂單", "status"),
                new LabeledText("none 天氣", "oos"),
                new LabeledText("status weather", "oos"));

        Map<String, Object> report = IntentEvaluation.run(firstWord, test, "oos");

        assertThat(report).containsEntry("n", 6).containsEntry("accuracy", 0.6667)
                .containsEntry("in_scope_accuracy", 0.75).containsEntry("oos_recall", 0.5);
        // F1: refund 2/2 predicted right of 3 = 0.8, status 1 of 3 predicted, 1 gold = 0.5, oos 1/1 of 2 = 0.6667
        assertThat((double) report.get("macro_f1")).isCloseTo((0.8 + 0.5 + 0.6667) / 3, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(report).containsKeys("p50_ms", "p99_ms");
    }
}
