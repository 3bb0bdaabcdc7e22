package dev.kefu.app.widget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.conversation.ConversationCommand;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.engine.Engine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The widget's server side over real HTTP and WebSocket: visitor tokens, a visitor's events after a
 * sequence, the rating, the live protocol, and the headers of the pages; bad and hostile input
 * gets a 4xx problem and changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VisitorApiTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kefu.data-dir", dataDir::toString);
        registry.add("kefu.chat.rate-burst", () -> "1000");
        registry.add("kefu.chat.rate-per-minute", () -> "100000");
        registry.add("kefu.widget.title", () -> "Acme 客服");
    }

    @LocalServerPort
    int port;

    @Autowired
    Engine engine;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private record Visitor(String userId, String token) {
    }

    private HttpResponse<String> send(String method, String path, String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Visitor newVisitor() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/widget/visitors", null, null);
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(response.body());
        return new Visitor(body.get("userId").asString(), body.get("token").asString());
    }

    private JsonNode say(Visitor visitor, String text) throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/chat/messages",
                json.writeValueAsString(Map.of("userId", visitor.userId(), "text", text)), null);
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> events(Visitor visitor, String conversationId, String after) throws Exception {
        return send("GET", "/api/v1/chat/conversations/" + conversationId + "/events?after=" + after, null,
                "Bearer " + visitor.token());
    }

    private HttpResponse<String> rate(Visitor visitor, String conversationId, String body) throws Exception {
        return send("POST", "/api/v1/chat/conversations/" + conversationId + "/csat", body, "Bearer " + visitor.token());
    }

    @Test
    void theWidgetGetsTheServerDefaultsAndANewVisitorASignedToken() throws Exception {
        JsonNode config = json.readTree(send("GET", "/api/v1/widget/config", null, null).body());
        assertThat(config.get("title").asString()).isEqualTo("Acme 客服");
        assertThat(config.get("color").asString()).isEqualTo("#0b57d0");
        assertThat(config.get("position").asString()).isEqualTo("right");

        Visitor one = newVisitor();
        Visitor two = newVisitor();
        assertThat(one.userId()).startsWith("w-").isNotEqualTo(two.userId());
        assertThat(one.token()).isNotEqualTo(two.token()).doesNotContain(one.userId());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zh-Hans | 运费
            zh-Hant | 運費
            en      | how much is shipping
            """)
    void aVisitorReadsTheirEventsAfterASequenceWithTheChoicesOffered(String language, String text) throws Exception {
        Visitor visitor = newVisitor();
        JsonNode turn = say(visitor, text);
        String id = turn.get("conversationId").asString();

        JsonNode page = json.readTree(events(visitor, id, "0").body());

        assertThat(page.get("conversationId").asString()).isEqualTo(id);
        assertThat(page.get("state").asString()).isEqualTo("BOT");
        assertThat(page.get("lastSequence").asLong()).isEqualTo(3);
        JsonNode events = page.get("events");
        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("sequence").asLong()).isEqualTo(2);
        assertThat(events.get(0).get("kind").asString()).isEqualTo("CUSTOMER_MESSAGE");
        assertThat(events.get(0).get("text").asString()).isEqualTo(text);
        JsonNode reply = events.get(1);
        assertThat(reply.get("kind").asString()).isEqualTo("BOT_REPLY");
        assertThat(reply.get("text").asString()).isEqualTo(turn.get("replies").get(0).get("text").asString());
        assertThat(reply.get("replyType").asString()).isEqualTo(turn.get("replies").get(0).get("type").asString());
        assertThat(reply.path("suggestions")).isEqualTo(turn.get("replies").get(0).path("suggestions"));
        assertThat(page.toString()).doesNotContain("sentiment", "intent", visitor.userId());

        JsonNode rest = json.readTree(events(visitor, id, "3").body());
        assertThat(rest.get("events")).isEmpty();
        assertThat(rest.get("lastSequence").asLong()).isEqualTo(3);
    }

    @Test
    void whileQueuedThePageSaysThePlaceInTheQueue() throws Exception {
        Visitor visitor = newVisitor();
        String id = say(visitor, "转人工").get("conversationId").asString();

        JsonNode page = json.readTree(events(visitor, id, "0").body());

        assertThat(page.get("state").asString()).isEqualTo("QUEUED");
        assertThat(page.get("queuePosition").asInt()).isPositive();
        assertThat(page.get("events").get(2).get("state").asString()).isEqualTo("QUEUED");
        assertThat(page.get("events").get(2).has("reason")).isFalse();
    }

    @Test
    void noTokenAForgedOneOrAnotherVisitorsGetsNothing() throws Exception {
        Visitor owner = newVisitor();
        String id = say(owner, "我要退货").get("conversationId").asString();
        Visitor stranger = newVisitor();
        String forged = owner.token().substring(0, owner.token().indexOf('.')) + "." + stranger.token().substring(stranger.token().indexOf('.') + 1);
        String path = "/api/v1/chat/conversations/" + id + "/events?after=0";

        assertThat(send("GET", path, null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", path, null, "Bearer not-a-token").statusCode()).isEqualTo(401);
        assertThat(send("GET", path, null, "Bearer " + forged).statusCode()).isEqualTo(401);
        assertThat(send("GET", path, null, "Bearer <script>alert(1)</script>" + "x".repeat(1000)).statusCode()).isEqualTo(401);
        // a header over the server's limit is refused before it reaches kefu
        assertThat(send("GET", path, null, "Bearer " + "x".repeat(20_000)).statusCode()).isBetween(400, 499);
        HttpResponse<String> foreign = send("GET", path, null, "Bearer " + stranger.token());
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(foreign.body()).doesNotContain("我要退货");
        assertThat(send("GET", "/api/v1/chat/conversations/unknown/events", null, "Bearer " + owner.token()).statusCode()).isEqualTo(404);
        assertThat(rate(stranger, id, "{\"score\":5}").statusCode()).isEqualTo(404);
        assertThat(send("GET", path, null, "Bearer " + owner.token()).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "abc", "1e99", "99999999999999999999999"})
    void aBadAfterIsABadRequest(String after) throws Exception {
        Visitor visitor = newVisitor();
        String id = say(visitor, "hello").get("conversationId").asString();

        HttpResponse<String> response = events(visitor, id, after);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(400);
    }

    @Test
    void aRatingComesOnceAfterResolutionAndBadOnesChangeNothing() throws Exception {
        Visitor visitor = newVisitor();
        String id = say(visitor, "轉人工").get("conversationId").asString();

        HttpResponse<String> early = rate(visitor, id, "{\"score\":5}");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(json.readTree(early.body()).get("reason").asString()).isEqualTo("NOT_RESOLVED");
        engine.transition(id, ConversationCommand.RESOLVE, "agent-1", null);
        long before = engine.store().find(id).orElseThrow().lastSequence();

        for (String bad : new String[] {"{\"score\":0}", "{\"score\":6}", "{\"comment\":\"no score\"}", "{\"score\":\"five\"}",
                "{\"score\":5,\"comment\":\"" + "長".repeat(501) + "\"}", "{\"score\":5", "[]", "null"}) {
            HttpResponse<String> response = rate(visitor, id, bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(400);
        }
        assertThat(rate(visitor, id, "{\"score\":5,\"comment\":\"" + "x".repeat(100_000) + "\"}").statusCode()).isEqualTo(413);
        assertThat(send("POST", "/api/v1/chat/conversations/" + id + "/csat", "{\"score\":5}", null).statusCode()).isEqualTo(401);
        assertThat(engine.store().find(id).orElseThrow().lastSequence()).isEqualTo(before);

        String hostile = "<img src=x onerror=alert(1)> 很满意";
        HttpResponse<String> stored = rate(visitor, id, json.writeValueAsString(Map.of("score", 5, "comment", hostile)));
        assertThat(stored.statusCode()).isEqualTo(201);
        assertThat(json.readTree(stored.body()).get("score").asInt()).isEqualTo(5);
        assertThat(json.readTree(stored.body()).get("text").asString()).isEqualTo(hostile);
        assertThat(engine.store().events(id)).last().satisfies(e -> assertThat(e.kind()).isEqualTo(EventKind.CSAT));

        HttpResponse<String> again = rate(visitor, id, "{\"score\":1}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json.readTree(again.body()).get("reason").asString()).isEqualTo("ALREADY_RATED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/widget.js", "/widget.css", "/api/v1/widget/config"})
    void everythingServedCarriesAStrictContentSecurityPolicy(String path) throws Exception {
        HttpResponse<String> response = send("GET", path, null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'", "style-src 'self'", "object-src 'none'").doesNotContain("unsafe"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void aShopOnAnotherSiteMayCallTheWidgetApiWithItsToken() throws Exception {
        HttpRequest preflight = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/chat/conversations/x/csat"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://shop.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type").build();

        HttpResponse<String> response = http.send(preflight, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://shop.example");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase())
                .contains("authorization");
        assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    private WebSocket connect(ReceivedOnSocket received) {
        return http.newWebSocketBuilder().buildAsync(URI.create("ws://localhost:" + port + "/api/v1/chat/live"), received).join();
    }

    @Test
    void theLiveSocketSendsAVisitorTheirOwnEventsOnly() throws Exception {
        Visitor visitor = newVisitor();
        String id = say(visitor, "转人工").get("conversationId").asString();
        Visitor stranger = newVisitor();
        String strangers = say(stranger, "hello").get("conversationId").asString();
        ReceivedOnSocket received = new ReceivedOnSocket();
        WebSocket socket = connect(received);

        socket.sendText("{\"type\":\"hello\",\"token\":\"" + visitor.token() + "\"}", true).join();
        assertThat(received.next().get("type").asString()).isEqualTo("ready");
        socket.sendText("this is not JSON", true).join();
        assertThat(received.next().get("status").asInt()).isEqualTo(400);
        socket.sendText("{\"type\":\"watch\",\"conversationId\":\"" + strangers + "\",\"after\":0}", true).join();
        assertThat(received.next().get("status").asInt()).isEqualTo(404);

        socket.sendText("{\"type\":\"watch\",\"conversationId\":\"" + id + "\",\"after\":2}", true).join();
        JsonNode caughtUp = received.next();
        assertThat(caughtUp.get("type").asString()).isEqualTo("events");
        assertThat(caughtUp.get("events").get(0).get("sequence").asLong()).isEqualTo(3);
        assertThat(caughtUp.get("queuePosition").asInt()).isPositive();

        engine.transition(id, ConversationCommand.ASSIGN, "agent-1", null);
        JsonNode live = received.next();
        assertThat(live.get("state").asString()).isEqualTo("AGENT");
        assertThat(live.get("events")).singleElement().satisfies(e -> assertThat(e.get("state").asString()).isEqualTo("AGENT"));
        say(stranger, "something else");
        assertThat(received.messages.poll(500, TimeUnit.MILLISECONDS)).isNull();
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"type\":\"hello\",\"token\":\"forged.token\"}", "{\"type\":\"watch\",\"conversationId\":\"x\"}"})
    void theLiveSocketClosesWithoutAValidHello(String first) throws Exception {
        ReceivedOnSocket received = new ReceivedOnSocket();
        WebSocket socket = connect(received);

        socket.sendText(first, true).join();

        assertThat(received.next().get("status").asInt()).isEqualTo(401);
        assertThat(received.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1008);
    }

    @Test
    void anOversizedLiveMessageClosesTheSocket() throws Exception {
        ReceivedOnSocket received = new ReceivedOnSocket();
        WebSocket socket = connect(received);

        socket.sendText("{\"type\":\"typing\",\"x\":\"" + "好".repeat(5000) + "\"}", true);

        assertThat(received.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1009);
    }
}
