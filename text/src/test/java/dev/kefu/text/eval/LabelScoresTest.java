package dev.kefu.text.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelScoresTest {

    @Test
    void averagesTheF1OfTheGoldLabels() {
        List<String> gold = List.of("negative", "negative", "positive", "positive");
        List<String> predicted = List.of("negative", "positive", "positive", "neutral");
        assertThat(LabelScores.accuracy(gold, predicted)).isEqualTo(0.5);
        // negative: precision 1, recall 0.5; positive: precision 0.5, recall 0.5; neutral is not a gold label
        assertThat(LabelScores.macroF1(gold, predicted)).isCloseTo((2.0 / 3 + 0.5) / 2, within(1e-9));
    }

    @Test
    void refusesListsOfDifferentLengths() {
        assertThatThrownBy(() -> LabelScores.accuracy(List.of("a"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scoresNothingAsZero() {
        assertThat(LabelScores.macroF1(List.of(), List.of())).isZero();
        assertThat(LabelScores.accuracy(List.of(), List.of())).isZero();
    }
}
