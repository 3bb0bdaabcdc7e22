package dev.kefu.core.llm;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where the language model is served: any server that speaks OpenAI's chat-completions API (OpenAI,
 * vLLM, DeepSeek, Qwen on DashScope, llama.cpp, LM Studio…) or Ollama's own {@code /api/chat}. The
 * key is kept out of {@link #toString()}, so an endpoint can be logged. The client never retries:
 * the turn's time budget is shorter than any backoff, and the deterministic answer is the retry.
 * A streaming client receives the reply as it is written (server-sent events from OpenAI-compatible
 * servers, one JSON object a line from Ollama).
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
        return chatModel(status -> { });
    }

    /** A LangChain4j client for this endpoint that reports the status and Retry-After of every response. */
    ChatModel chatModel(Consumer<RetryAfterObservingHttpClient.Status> onStatus) {
        return switch (provider) {
            case OPENAI -> OpenAiChatModel.builder()
                    .httpClientBuilder(httpClient(onStatus))
                    .baseUrl(baseUrl)
                    .apiKey(key())
                    .modelName(model)
                    .temperature(temperature)
                    .maxTokens(maxOutputTokens)
                    .timeout(timeout)
                    .maxRetries(0)
                    .build();
            case OLLAMA -> OllamaChatModel.builder()
                    .httpClientBuilder(httpClient(onStatus))
                    .baseUrl(baseUrl)
                    .modelName(model)
                    .temperature(temperature)
                    .numPredict(maxOutputTokens)
                    .timeout(timeout)
                    .maxRetries(0)
                    .build();
        };
    }

    /** A LangChain4j streaming client for this endpoint that reports the status and Retry-After of every response. */
    StreamingChatModel streamingChatModel(Consumer<RetryAfterObservingHttpClient.Status> onStatus) {
        return switch (provider) {
            case OPENAI -> OpenAiStreamingChatModel.builder()
                    .httpClientBuilder(httpClient(onStatus))
                    .baseUrl(baseUrl)
                    .apiKey(key())
                    .modelName(model)
                    .temperature(temperature)
                    .maxTokens(maxOutputTokens)
                    .timeout(timeout)
                    .build();
            case OLLAMA -> OllamaStreamingChatModel.builder()
                    .httpClientBuilder(httpClient(onStatus))
                    .baseUrl(baseUrl)
                    .modelName(model)
                    .temperature(temperature)
                    .numPredict(maxOutputTokens)
                    .timeout(timeout)
                    .build();
        };
    }

    private static HttpClientBuilder httpClient(Consumer<RetryAfterObservingHttpClient.Status> onStatus) {
        return StrictStreamingHttpClient.builder(
                new JdkHttpClientBuilder().httpClientBuilder(RetryAfterObservingHttpClient.builder(onStatus)));
    }

    /** Self-hosted servers often need no key, but the OpenAI client insists on one. */
    private String key() {
        return apiKey == null || apiKey.isBlank() ? "none" : apiKey;
    }

    @Override
    public String toString() {
        return "LlmEndpoint[" + provider + " " + baseUrl + " model=" + model
                + " key=" + (apiKey == null || apiKey.isBlank() ? "none" : "set") + "]";
    }
}
