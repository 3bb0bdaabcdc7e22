package dev.kefu.core.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the language model is served: any server that speaks OpenAI's chat-completions API (OpenAI,
 * vLLM, DeepSeek, Qwen on DashScope, llama.cpp, LM Studio…) or Ollama's own {@code /api/chat}. The
 * key is kept out of {@link #toString()}, so an endpoint can be logged. The client never retries:
 * the turn's time budget is shorter than any backoff, and the deterministic answer is the retry.
 */
public record LlmEndpoint(Provider provider, String baseUrl, String model, String apiKey, Duration timeout,
                          double temperature, int maxOutputTokens) {

    /** The wire protocols kefu speaks. */
    public enum Provider { OPENAI, OLLAMA }

    public LlmEndpoint {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(timeout, "timeout");
        if (baseUrl == null || baseUrl.isBlank() || model == null || model.isBlank()) {
            throw new IllegalArgumentException("a language model needs a base URL and a model name");
        }
        if (maxOutputTokens < 1) {
            throw new IllegalArgumentException("maxOutputTokens must be at least 1");
        }
    }

    /** A LangChain4j client for this endpoint. */
    public ChatModel chatModel() {
        return switch (provider) {
            case OPENAI -> OpenAiChatModel.builder()
                    .baseUrl(baseUrl)
                    // self-hosted servers often need no key, but the client insists on one
                    .apiKey(apiKey == null || apiKey.isBlank() ? "none" : apiKey)
                    .modelName(model)
                    .temperature(temperature)
                    .maxTokens(maxOutputTokens)
                    .timeout(timeout)
                    .maxRetries(0)
                    .build();
            case OLLAMA -> OllamaChatModel.builder()
                    .baseUrl(baseUrl)
                    .modelName(model)
                    .temperature(temperature)
                    .numPredict(maxOutputTokens)
                    .timeout(timeout)
                    .maxRetries(0)
                    .build();
        };
    }

    @Override
    public String toString() {
        return "LlmEndpoint[" + provider + " " + baseUrl + " model=" + model
                + " key=" + (apiKey == null || apiKey.isBlank() ? "none" : "set") + "]";
    }
}
