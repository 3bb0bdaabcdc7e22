package dev.kefu.app.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.app.channel.ChannelState;
import dev.kefu.app.channel.Destination;
import dev.kefu.app.widget.ReceivedOnSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web chat as a channel, over real HTTP and the widget's live socket: a visitor's message is
 * routed to the visitor, and what an agent writes at the desk reaches them through the agent reply
 * router and the web channel, live while they are connected and when they reconnect later.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebChannelApiTest {

    private static final String ADMIN_TOKEN = "web-channel-test-token-5d1e";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kefu.data-dir", dataDir::toString);
        registry.add("kefu.admin.token", () -> ADMIN_TOKEN);
        registry.add("kefu.chat.rate-burst", () -> "1000");
        registry.add("kefu.chat.rate-per-minute", () -> "100000");
        registry.add("kefu.handoff.agents[0].id", () -> "li");
        registry.add("kefu.handoff.agents[0].languages", () -> "zh-Hans,zh-Hant,en");
        registry.add("kefu.handoff.agents[0].capacity", () -> "100");
    }

    @LocalServerPort
    int port;

    @Autowired
    ChannelState state;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private record Visitor(String userId, String token) {
    }

    private HttpResponse<String> post(String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Visitor newVisitor() throws Exception {
        JsonNode visitor = json.readTree(post("/api/v1/widget/visitors", null, Map.of()).body());
        return new Visitor(visitor.get("userId").asString(), visitor.get("token").asString());
    }

    /** The visitor asks for a human; the conversation id. */
    private String handedOff(Visitor visitor, String text) throws Exception {
        HttpResponse<String> response = post("/api/v1/chat/messages",
                json.writeValueAsString(Map.of("userId", visitor.userId(), "text", text)), Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("state").asString()).isEqualTo("QUEUED");
        return body.get("conversationId").asString();
    }

    private void agent(String action, String conversationId, String text) throws Exception {
        HttpResponse<String> response = post("/api/v1/agent/conversations/" + conversationId + "/" + action,
                text == null ? null : json.writeValueAsString(Map.of("text", text)),
                Map.of("Authorization", "Bearer " + ADMIN_TOKEN, "X-Kefu-Agent", "li"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** A widget connected as the visitor, watching the conversation after {@code after}. */
    private WebSocket watch(Visitor visitor, String conversationId, long after, ReceivedOnSocket received) throws Exception {
        WebSocket socket = http.newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + "/api/v1/chat/live"), received).join();
        socket.sendText(json.writeValueAsString(Map.of("type", "hello", "token", visitor.token(),
                "conversationId", conversationId, "after", after)), true).join();
        assertThat(received.next().get("type").asString()).isEqualTo("ready");
        return socket;
    }

    /** The events the widget receives until one is the agent's {@code text}; the last sequence it has then. */
    private long untilAgentSays(ReceivedOnSocket received, String text, List<String> seen) throws Exception {
        while (true) {
            JsonNode page = received.next();
            assertThat(page.get("type").asString()).isEqualTo("events");
            for (JsonNode event : page.get("events")) {
                seen.add(event.get("kind").asString() + ":" + event.path("text").asString(""));
            }
            if (seen.contains("AGENT_MESSAGE:" + text)) {
                return page.get("lastSequence").asLong();
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "zh-Hans | 转人工            | 您好，我是客服小李，请问有什么可以帮您？",
        "zh-Hant | 我要找真人客服    | 您好，我是客服小李，請問有什麼可以幫您？",
        "en      | talk to a human   | Hi, I'm Li from support. How can I help?",
    })
    void anAgentsReplyReachesAConnectedVisitorThroughTheWebChannel(String language, String ask, String reply) throws Exception {
        Visitor visitor = newVisitor();
        String id = handedOff(visitor, ask);
        assertThat(state.route(id)).as(language).hasValue(new ChannelState.Route("web", Destination.chat(visitor.userId(), null, true)));
        ReceivedOnSocket received = new ReceivedOnSocket();
        WebSocket socket = watch(visitor, id, 0, received);

        agent("claim", id, null);
        agent("messages", id, reply);

        List<String> seen = new ArrayList<>();
        untilAgentSays(received, reply, seen);
        assertThat(seen).as(language).containsOnlyOnce("AGENT_MESSAGE:" + reply).contains("CUSTOMER_MESSAGE:" + ask);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "zh-Hans | 转人工            | 抱歉让您久等了 | 退货已经为您登记",
        "zh-Hant | 我要找真人客服    | 抱歉讓您久等了 | 退貨已經為您登記",
        "en      | talk to a human   | Sorry for the wait | Your return is registered",
    })
    void aVisitorWhoReconnectsGetsWhatTheAgentWroteMeanwhileAndWhatFollowsLive(String language, String ask, String meanwhile,
                                                                              String later) throws Exception {
        Visitor visitor = newVisitor();
        String id = handedOff(visitor, ask);
        ReceivedOnSocket first = new ReceivedOnSocket();
        WebSocket socket = watch(visitor, id, 0, first);
        long rendered = first.next().get("lastSequence").asLong();
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "network drop").join();

        agent("claim", id, null);
        agent("messages", id, meanwhile);
        // as after a restart of an instance that kept its routes in memory: the visitor's watch routes it again
        state.forgetRoute(id);

        ReceivedOnSocket again = new ReceivedOnSocket();
        WebSocket reconnected = watch(visitor, id, rendered, again);
        List<String> seen = new ArrayList<>();
        untilAgentSays(again, meanwhile, seen);
        agent("messages", id, later);
        untilAgentSays(again, later, seen);

        assertThat(seen).as(language).doesNotContain("CUSTOMER_MESSAGE:" + ask)
                .containsSubsequence("AGENT_MESSAGE:" + meanwhile, "AGENT_MESSAGE:" + later);
        reconnected.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    @Test
    void hostileLiveMessagesAreRefusedNamingTheFieldAndTheSocketStaysUsable() throws Exception {
        Visitor visitor = newVisitor();
        String id = handedOff(visitor, "转人工");
        ReceivedOnSocket received = new ReceivedOnSocket();
        WebSocket socket = watch(visitor, id, 0, received);
        received.next();

        Map<String, String> refusals = Map.of(
                "{\"type\":\"watch\",\"conversationId\":{\"$ne\":null}}", "conversationId: must be a string",
                "{\"type\":\"watch\",\"conversationId\":\"" + id + "\",\"after\":-5}", "after: must be a whole number, 0 or more",
                "[\"watch\"]", "message: must be a JSON object");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            socket.sendText(refusal.getKey(), true).join();
            JsonNode error = received.next();
            assertThat(error.get("type").asString()).isEqualTo("error");
            assertThat(error.get("status").asInt()).isEqualTo(400);
            assertThat(error.get("detail").asString()).isEqualTo(refusal.getValue());
        }
        agent("claim", id, null);
        agent("messages", id, "still here");
        untilAgentSays(received, "still here", new ArrayList<>());
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    @ParameterizedTest
    @CsvSource({"zh-Hans, 退", "zh-Hant, 貨", "en, x"})
    void aMessageOverTheLimitIsRefusedWithAProblemNamingIt(String language, String character) throws Exception {
        HttpResponse<String> response = post("/api/v1/chat/messages",
                json.writeValueAsString(Map.of("userId", "w-long", "text", character.repeat(2_001))), Map.of());

        assertThat(response.statusCode()).as(language).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("detail").asString()).contains("text").contains("at most 2000 characters");
    }
}
