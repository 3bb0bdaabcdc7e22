package dev.kefu.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.policy.PolicySettings;
import dev.kefu.kb.search.DecisionThresholds;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class KefuPropertiesTest {

    private static KefuProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("kefu", KefuProperties.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "Redis", "", "redis "})
    void refusesAStoreItDoesNotHave(String store) {
        assertThatThrownBy(() -> bind(Map.of("kefu.store", store)))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessage("kefu.store must be embedded or redis, not " + store);
    }

    @Test
    void thresholdsLeftOutKeepTheirDefaults() {
        KefuProperties properties = bind(Map.of());
        assertThat(properties.policy().settings()).isEqualTo(PolicySettings.DEFAULTS);
        assertThat(properties.kb().thresholds()).isEqualTo(DecisionThresholds.DEFAULTS);
    }

    @Test
    void everyThresholdCanBeSet() {
        KefuProperties properties = bind(Map.of(
                "kefu.policy.negative-sentiment", "-0.8", "kefu.policy.sentiment-trend", "-0.4",
                "kefu.policy.repeated-negatives", "2", "kefu.policy.negative-window", "3",
                "kefu.policy.fallbacks-before-handoff", "1", "kefu.policy.max-suggestions", "2",
                "kefu.kb.answer-threshold", "0.35", "kefu.kb.answer-margin", "0.1", "kefu.kb.suggest-threshold", "0.25"));
        assertThat(properties.policy().settings()).isEqualTo(new PolicySettings(-0.8, -0.4, 2, 3, 1, 2));
        assertThat(properties.kb().thresholds()).isEqualTo(new DecisionThresholds(0.35, 0.1, 0.25));
    }

    @Test
    void aThresholdOutOfRangeIsRefusedWithItsRule() {
        assertThatThrownBy(() -> bind(Map.of("kefu.policy.negative-sentiment", "0.5")).policy().settings())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negativeSentiment");
        assertThatThrownBy(() -> bind(Map.of("kefu.kb.answer-threshold", "0.1")).kb().thresholds())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("suggest <= answer");
    }

    @Test
    void theWorkFeedSettingsHaveDefaultsAndRefuseNonsense() {
        KefuProperties.Redis redis = bind(Map.of()).redis();
        assertThat(redis.workOutboxLength()).isEqualTo(100_000);
        assertThat(redis.workMinIdle()).isEqualTo(Duration.ofSeconds(30));
        assertThat(redis.workMaxDeliveries()).isEqualTo(5);
        for (Map<String, String> bad : List.of(Map.of("kefu.redis.work-outbox-length", "0"),
                Map.of("kefu.redis.work-max-deliveries", "0"), Map.of("kefu.redis.work-min-idle", "0s"))) {
            assertThatThrownBy(() -> bind(bad)).isInstanceOf(BindException.class).rootCause()
                    .hasMessageContaining("kefu.redis.work-outbox-length and work-max-deliveries must be at least 1");
        }
    }
}
