package dev.kefu.sentiment.trained;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PlattScalingTest {

    @Test
    void recoversTheLogisticCurveThatMadeTheLabels() {
        Random random = new Random(7);
        int n = 20_000;
        double[] logOdds = new double[n];
        boolean[] positive = new boolean[n];
        for (int i = 0; i < n; i++) {
            logOdds[i] = random.nextGaussian() * 3;
            // an overconfident model: the true log-odds are half of what it says, shifted by 0.5
            positive[i] = random.nextDouble() < 1 / (1 + Math.exp(-(0.5 * logOdds[i] + 0.5)));
        }
        PlattScaling platt = PlattScaling.fit(logOdds, positive);
        assertThat(platt.a()).isCloseTo(0.5, within(0.05));
        assertThat(platt.b()).isCloseTo(0.5, within(0.08));
        assertThat(platt.probability(0)).isCloseTo(1 / (1 + Math.exp(-0.5)), within(0.03));
    }

    @Test
    void staysFiniteOnSeparableDataAndNeedsBothClasses() {
        PlattScaling platt = PlattScaling.fit(new double[] {-3, -2, 2, 3}, new boolean[] {false, false, true, true});
        assertThat(platt.probability(3)).isLessThan(1).isGreaterThan(0.5);
        assertThat(platt.probability(-3)).isGreaterThan(0).isLessThan(0.5);
        assertThatThrownBy(() -> PlattScaling.fit(new double[] {1, 2}, new boolean[] {true, true}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
