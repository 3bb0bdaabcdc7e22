package dev.kefu.core.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The expected wait: the configured default until there are enough recent waits, then their median, per round of agents. */
class WaitEstimatorTest {

    private final InMemoryWaitHistory history = new InMemoryWaitHistory(100);
    private final WaitEstimator estimator = new WaitEstimator(history, Duration.ofMinutes(3));

    @Test
    void usesTheDefaultUntilThereAreEnoughWaits() {
        history.record(Duration.ofMinutes(10));
        history.record(Duration.ofMinutes(10));
        assertThat(estimator.typicalWait()).isEqualTo(Duration.ofMinutes(3));
        history.record(Duration.ofMinutes(1));
        assertThat(estimator.typicalWait()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void takesTheMedianSoOneLongWaitDoesNotSkewIt() {
        for (int minutes : new int[] {2, 2, 3, 4, 90}) {
            history.record(Duration.ofMinutes(minutes));
        }
        assertThat(estimator.typicalWait()).isEqualTo(Duration.ofMinutes(3));
        history.record(Duration.ofMinutes(5));
        assertThat(estimator.typicalWait()).isEqualTo(Duration.ofMinutes(3).plusSeconds(30));
    }

    @ParameterizedTest(name = "position {0} with {1} agents: {2} min")
    @CsvSource({"1,1,3", "2,1,6", "3,2,6", "4,4,3", "1,0,3", "0,1,3"})
    void scalesWithTheRoundsOfAgentsAhead(int position, int agents, long minutes) {
        assertThat(estimator.expectedMinutes(position, agents)).isEqualTo(minutes);
    }

    @Test
    void roundsUpToWholeMinutesAndKeepsOnlyTheRecentWaits() {
        InMemoryWaitHistory small = new InMemoryWaitHistory(3);
        WaitEstimator quick = new WaitEstimator(small, Duration.ofSeconds(20));
        assertThat(quick.expectedMinutes(1, 1)).isEqualTo(1);
        for (int i = 0; i < 5; i++) {
            small.record(Duration.ofSeconds(i));
        }
        assertThat(small.recent(10)).containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(3), Duration.ofSeconds(2));
        assertThatThrownBy(() -> new WaitEstimator(small, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
