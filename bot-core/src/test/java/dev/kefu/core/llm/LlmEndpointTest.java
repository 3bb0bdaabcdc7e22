package dev.kefu.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LlmEndpointTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"OPENAI,https://api.deepseek.com/v1,deepseek-chat,sk-live-abc123", "OPENAI,http://vllm:8000/v1,Qwen/Qwen2.5-7B-Instruct,",
        "OLLAMA,http://localhost:11434,qwen2.5:7b,"})
    void buildsTheProvidersClientAndNeverPrintsTheKey(LlmEndpoint.Provider provider, String baseUrl, String model, String key) {
        LlmEndpoint endpoint = new LlmEndpoint(provider, baseUrl, model, key, Duration.ofSeconds(3), 0.2, 400);
        assertThat(endpoint.chatModel()).isInstanceOf(provider == LlmEndpoint.Provider.OPENAI ? OpenAiChatModel.class : OllamaChatModel.class);
        assertThat(endpoint.toString()).contains(baseUrl).contains(model).contains(key == null ? "key=none" : "key=set");
        if (key != null) {
            assertThat(endpoint.toString()).doesNotContain(key);
        }
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' ''{1}'' {2}")
    @CsvSource({"'',m,400", "http://x,'',400", ",m,400", "http://x,,400", "http://x,m,0"})
    void refusesAnEndpointWithoutAnAddressAModelOrRoomToAnswer(String baseUrl, String model, int maxOutputTokens) {
        assertThatThrownBy(() -> new LlmEndpoint(LlmEndpoint.Provider.OPENAI, baseUrl, model, null, Duration.ofSeconds(1), 0.2,
                maxOutputTokens)).isInstanceOf(IllegalArgumentException.class);
    }
}
