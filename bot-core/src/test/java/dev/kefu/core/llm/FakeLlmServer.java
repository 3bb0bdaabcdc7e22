package dev.kefu.core.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * WireMock playing an OpenAI-compatible chat-completions server ({@code POST /v1/chat/completions})
 * and Ollama ({@code POST /api/chat}), with the response bodies those servers send.
 */
final class FakeLlmServer implements AutoCloseable {

    static final String OPENAI_PATH = "/v1/chat/completions";
    static final String OLLAMA_PATH = "/api/chat";
    static final ObjectMapper JSON = JsonMapper.builder().build();

    final WireMockServer server = new WireMockServer(options().dynamicPort());

    FakeLlmServer() {
        server.start();
    }

    String openAiBaseUrl() {
        return server.baseUrl() + "/v1";
    }

    String ollamaBaseUrl() {
        return server.baseUrl();
    }

    /** An endpoint on this server with the given budget-independent client timeout. */
    LlmEndpoint openAi(String apiKey) {
        return new LlmEndpoint(LlmEndpoint.Provider.OPENAI, openAiBaseUrl(), "qwen2.5-7b-instruct", apiKey,
                Duration.ofSeconds(10), 0.2, 400);
    }

    LlmEndpoint ollama() {
        return new LlmEndpoint(LlmEndpoint.Provider.OLLAMA, ollamaBaseUrl(), "qwen2.5:7b", null,
                Duration.ofSeconds(10), 0.2, 400);
    }

    /** Loads the HTTP client and JSON classes once, so that no test pays the JVM's first call out of its budget. */
    static void warmUp() {
        try (FakeLlmServer warm = new FakeLlmServer()) {
            warm.openAiAnswers("warm");
            warm.openAi(null).chatModel().chat(List.of(dev.langchain4j.data.message.UserMessage.from("warm up")));
        }
    }

    /** What a well-behaved model writes: the JSON object the prompts ask for. */
    static String modelReply(String reply, String... cited) {
        return JSON.writeValueAsString(Map.of("reply", reply, "cited", List.of(cited)));
    }

    void openAiAnswers(String content) {
        server.stubFor(post(urlEqualTo(OPENAI_PATH)).willReturn(json(openAiBody(content))));
    }

    void openAiResponds(ResponseDefinitionBuilder response) {
        server.stubFor(post(urlEqualTo(OPENAI_PATH)).willReturn(response));
    }

    void ollamaAnswers(String content) {
        server.stubFor(post(urlEqualTo(OLLAMA_PATH)).willReturn(json(JSON.writeValueAsString(Map.of(
                "model", "qwen2.5:7b", "created_at", "2026-01-01T00:00:00Z",
                "message", Map.of("role", "assistant", "content", content),
                "done", true, "done_reason", "stop", "prompt_eval_count", 90, "eval_count", 25)))));
    }

    static String openAiBody(String content) {
        return JSON.writeValueAsString(Map.of(
                "id", "chatcmpl-1", "object", "chat.completion", "created", 1_767_225_600, "model", "qwen2.5-7b-instruct",
                "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                        "message", Map.of("role", "assistant", "content", content))),
                "usage", Map.of("prompt_tokens", 120, "completion_tokens", 30, "total_tokens", 150)));
    }

    /** {@code text} cut into {@code pieces} parts of about equal length, as a model streams it. */
    static List<String> pieces(String text, int pieces) {
        int[] codePoints = text.codePoints().toArray();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < pieces; i++) {
            int from = codePoints.length * i / pieces;
            int to = codePoints.length * (i + 1) / pieces;
            parts.add(new String(codePoints, from, to - from));
        }
        return parts;
    }

    /** An OpenAI chat-completions stream: one {@code data:} chunk per piece, a usage chunk, then {@code [DONE]}. */
    static String openAiStream(List<String> pieces) {
        StringBuilder body = new StringBuilder();
        body.append(openAiChunk(Map.of("role", "assistant", "content", ""), null));
        pieces.forEach(piece -> body.append(openAiChunk(Map.of("content", piece), null)));
        body.append(openAiChunk(Map.of(), "stop"));
        body.append("data: ").append(JSON.writeValueAsString(Map.of("id", "chatcmpl-s", "object", "chat.completion.chunk",
                "created", 1_767_225_600, "model", "qwen2.5-7b-instruct", "choices", List.of(),
                "usage", Map.of("prompt_tokens", 120, "completion_tokens", 30, "total_tokens", 150)))).append("\n\n");
        return body.append("data: [DONE]\n\n").toString();
    }

    /** One {@code data:} line of an OpenAI stream carrying {@code delta}. */
    static String openAiChunk(Map<String, ?> delta, String finishReason) {
        Map<String, Object> choice = new HashMap<>(Map.of("index", 0, "delta", delta));
        choice.put("finish_reason", finishReason);
        return "data: " + JSON.writeValueAsString(Map.of("id", "chatcmpl-s", "object", "chat.completion.chunk",
                "created", 1_767_225_600, "model", "qwen2.5-7b-instruct", "choices", List.of(choice))) + "\n\n";
    }

    /** An Ollama {@code /api/chat} stream: one JSON object a line per piece, then the line that says done. */
    static String ollamaStream(List<String> pieces) {
        StringBuilder body = new StringBuilder();
        pieces.forEach(piece -> body.append(ollamaLine(Map.of("role", "assistant", "content", piece), false)));
        return body.append(ollamaLine(Map.of("role", "assistant", "content", ""), true)).toString();
    }

    static String ollamaLine(Map<String, ?> message, boolean done) {
        Map<String, Object> line = new LinkedHashMap<>(Map.of("model", "qwen2.5:7b",
                "created_at", "2026-01-01T00:00:00Z", "message", message, "done", done));
        if (done) {
            line.putAll(Map.of("done_reason", "stop", "prompt_eval_count", 90, "eval_count", 25));
        }
        return JSON.writeValueAsString(line) + "\n";
    }

    static ResponseDefinitionBuilder eventStream(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(body);
    }

    static ResponseDefinitionBuilder ndjson(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-ndjson").withBody(body);
    }

    /** Where {@code provider}'s chat API is served. */
    static String path(LlmEndpoint.Provider provider) {
        return provider == LlmEndpoint.Provider.OPENAI ? OPENAI_PATH : OLLAMA_PATH;
    }

    LlmEndpoint endpoint(LlmEndpoint.Provider provider) {
        return provider == LlmEndpoint.Provider.OPENAI ? openAi(null) : ollama();
    }

    void responds(LlmEndpoint.Provider provider, ResponseDefinitionBuilder response) {
        server.stubFor(post(urlEqualTo(path(provider))).willReturn(response));
    }

    /** {@code content} as the provider's plain (not streamed) reply. */
    void answers(LlmEndpoint.Provider provider, String content) {
        if (provider == LlmEndpoint.Provider.OPENAI) {
            openAiAnswers(content);
        } else {
            ollamaAnswers(content);
        }
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    List<LoggedRequest> requests(String path) {
        return server.findAll(postRequestedFor(urlEqualTo(path)));
    }

    /** The one request sent to {@code path}, parsed. */
    JsonNode onlyRequest(String path) {
        List<LoggedRequest> sent = requests(path);
        if (sent.size() != 1) {
            throw new AssertionError("expected one request to " + path + ", got " + sent.size());
        }
        return JSON.readTree(sent.get(0).getBodyAsString());
    }

    void reset() {
        server.resetAll();
    }

    @Override
    public void close() {
        server.stop();
    }
}
