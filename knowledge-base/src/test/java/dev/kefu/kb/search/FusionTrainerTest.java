package dev.kefu.kb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FusionTrainerTest {

    @Test
    void solvesALinearSystem() {
        double[] x = FusionTrainer.solve(new double[][] {{0, 2, 1}, {1, 1, 1}, {2, 1, 3}}, new double[] {7, 6, 13});
        assertThat(x[0]).isCloseTo(1, within(1e-9));
        assertThat(x[1]).isCloseTo(2, within(1e-9));
        assertThat(x[2]).isCloseTo(3, within(1e-9));
    }

    @Test
    void recoversTheWeightsOfALogisticModel() {
        // labels drawn from p = sigmoid(-1 + 3 a - 2 b): the fit must find weights close to those
        Random random = new Random(7);
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (int n = 0; n < 20_000; n++) {
            double a = random.nextDouble(), b = random.nextDouble();
            double p = 1 / (1 + Math.exp(-(-1 + 3 * a - 2 * b)));
            x.add(new double[] {a, b});
            y.add(random.nextDouble() < p ? 1 : 0);
        }
        FusionModel.Weights weights = FusionTrainer.fit(x, y);
        assertThat(weights.bias()).isCloseTo(-1, within(0.15));
        assertThat(weights.weights()[0]).isCloseTo(3, within(0.2));
        assertThat(weights.weights()[1]).isCloseTo(-2, within(0.2));
        assertThat(weights.probability(new double[] {1, 0})).isGreaterThan(weights.probability(new double[] {0, 1}));
    }

    @Test
    void theShippedModelWasTrainedOnTheCurrentFeatures() {
        FusionModel model = FusionModel.shipped();
        assertThat(model.rankingFeatures()).isEqualTo(FusionFeatures.RANKING);
        assertThat(model.confidenceFeatures()).isEqualTo(FusionFeatures.CONFIDENCE);
        assertThat(model.ranking()).containsOnlyKeys(dev.kefu.text.embed.LanguageFamily.values());
        assertThat(model.notes()).contains("kefu train fusion").contains("dev.csv");
    }
}
