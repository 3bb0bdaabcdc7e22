package dev.kefu.app.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.app.config.KefuProperties;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The {@code kefu.llm.*} settings as Spring binds them. */
class LlmPropertiesTest {

    private static KefuProperties.Llm bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("kefu", KefuProperties.class).llm();
    }

    @Test
    void theModelIsOffUnlessSwitchedOn() {
        KefuProperties.Llm llm = bind(Map.of());
        assertThat(llm.enabled()).isFalse();
        assertThat(llm.provider()).isEqualTo("openai");
        assertThat(llm.apiKeyEnv()).isEqualTo("KEFU_LLM_API_KEY");
        assertThat(llm.timeBudget()).isEqualTo(Duration.ofSeconds(2));
        assertThat(llm.breakerFailures()).isEqualTo(5);
        assertThat(llm.breakerCoolDown()).isEqualTo(Duration.ofSeconds(30));
        assertThat(llm.streaming()).isFalse();
    }

    @Test
    void everySettingCanBeSet() {
        KefuProperties.Llm llm = bind(Map.ofEntries(Map.entry("kefu.llm.enabled", "true"),
                Map.entry("kefu.llm.provider", "ollama"), Map.entry("kefu.llm.base-url", "http://localhost:11434"),
                Map.entry("kefu.llm.model", "qwen2.5:7b"), Map.entry("kefu.llm.api-key-env", "MY_KEY"),
                Map.entry("kefu.llm.time-budget", "1500ms"), Map.entry("kefu.llm.max-concurrent-calls", "8"),
                Map.entry("kefu.llm.breaker-failures", "3"), Map.entry("kefu.llm.breaker-cool-down", "1m"),
                Map.entry("kefu.llm.temperature", "0"), Map.entry("kefu.llm.max-output-tokens", "300"),
                Map.entry("kefu.llm.max-reply-chars", "500"), Map.entry("kefu.llm.streaming", "true")));
        assertThat(llm).isEqualTo(new KefuProperties.Llm(true, "ollama", "http://localhost:11434", "qwen2.5:7b", "MY_KEY",
                Duration.ofMillis(1500), 8, 3, Duration.ofMinutes(1), 0.0, 300, 500, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"OpenAI", "anthropic", ""})
    void refusesAProviderItDoesNotSpeak(String provider) {
        assertThatThrownBy(() -> bind(Map.of("kefu.llm.provider", provider)))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessage("kefu.llm.provider must be openai or ollama, not " + provider);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'' | qwen", "http://localhost:11434 | ''", "http://localhost:11434 |"})
    void anEnabledModelNeedsAnAddressAndAName(String baseUrl, String model) {
        Map<String, String> properties = new HashMap<>(Map.of("kefu.llm.enabled", "true", "kefu.llm.base-url", baseUrl));
        if (model != null) {
            properties.put("kefu.llm.model", model);
        }
        assertThatThrownBy(() -> bind(properties))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessage("kefu.llm.enabled needs kefu.llm.base-url and kefu.llm.model");
    }
}
