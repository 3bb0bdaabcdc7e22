package dev.kefu.app.agent;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real requests to the running service: the agent API with the admin token and an acting agent, and the chat API. */
final class AgentHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String token;
    private final String agent;

    AgentHttp(int port, String token, String agent) {
        this.port = port;
        this.token = token;
        this.agent = agent;
    }

    AgentHttp as(String otherAgent) {
        return new AgentHttp(port, token, otherAgent);
    }

    AgentHttp withToken(String otherToken) {
        return new AgentHttp(port, otherToken, agent);
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path) throws Exception {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> post(String path, Object body) throws Exception {
        return postRaw(path, JSON.writeValueAsString(body));
    }

    HttpResponse<String> postRaw(String path, String body) throws Exception {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> put(String path, Object body) throws Exception {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
    }

    /** A GET of the admin API, with the same bearer token. */
    HttpResponse<String> admin(String pathAndQuery) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin" + pathAndQuery))
                .header("Authorization", "Bearer " + token).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/agent" + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (agent != null) {
            builder.header(AgentController.AGENT_HEADER, agent);
        }
        return builder;
    }

    /** A customer's message through the public chat API; the whole answer. */
    JsonNode chat(String user, String text) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/chat/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("userId", user, "text", text)),
                        StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return JSON.readTree(response.body());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
