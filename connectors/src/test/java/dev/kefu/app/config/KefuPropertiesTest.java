package dev.kefu.app.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KefuPropertiesTest {

    @ParameterizedTest
    @ValueSource(strings = {"memory", "Redis", "", "redis "})
    void refusesAStoreItDoesNotHave(String store) {
        assertThatThrownBy(() -> new KefuProperties(Path.of("data"), store, new KefuProperties.Kb(null, null),
                new KefuProperties.Intents(null, "oos", null), new KefuProperties.Chat(2000, 65536, 20, 60),
                new KefuProperties.Redis("redis://localhost:6379", "kefu:", Duration.ofSeconds(2)), "en", new KefuProperties.Llm(false, "openai", null, null, "KEFU_LLM_API_KEY",
                Duration.ofSeconds(2), 4, 5, Duration.ofSeconds(30), 0.2, 400, 600)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kefu.store must be embedded or redis, not " + store);
    }
}
