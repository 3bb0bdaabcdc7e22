package dev.kefu.app.security;

import static dev.kefu.app.security.DeskSession.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.kefu.app.browser.KefuServer;
import dev.kefu.core.handoff.AgentStatusStore;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The agent desk's live socket, {@code /desk/api/live}, against the real application: only a
 * signed-in desk user on the desk's own origin gets in; an agent hears of the queue and of the
 * conversation they watch, in cues that carry no text; a supervisor who is not an agent may not
 * follow a conversation; signing out closes the socket.
 */
class DeskLiveSocketTest {

    private static final String LIVE = "/desk/api/live";
    private static final String ALICE_PASSWORD = "alice-Pa55word";
    private static final String CAROL_PASSWORD = "carol-Pa55word";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path dataDir;

    static KefuServer server;

    @BeforeAll
    static void start() {
        server = KefuServer.start(dataDir, Map.of(
                "kefu.handoff.agents[0].id", "alice", "kefu.handoff.agents[0].languages", "zh,en"));
        PasswordEncoder encoder = server.bean(PasswordEncoder.class);
        DeskUserStore users = server.bean(DeskUserStore.class);
        users.save(new DeskUser("alice", encoder.encode(ALICE_PASSWORD), DeskRole.AGENT));
        users.save(new DeskUser("carol", encoder.encode(CAROL_PASSWORD), DeskRole.SUPERVISOR));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static String origin() {
        return server.url("");
    }

    private static DeskSession signedIn(String user, String password) throws Exception {
        DeskSession session = new DeskSession(server.url(""));
        assertThat(session.signIn(user, password)).isEqualTo(204);
        return session;
    }

    /** What a socket was told, in order, and how it was closed. */
    private static final class Heard implements WebSocket.Listener {

        final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(JSON.readTree(partial.toString()));
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
            closed.complete(status);
            return null;
        }

        /** The next message of {@code type}, skipping others; fails after {@link #WAIT}. */
        JsonNode next(String type) throws InterruptedException {
            return next(type, message -> true);
        }

        /** The next message of {@code type} that {@code matches}, skipping others; fails after {@link #WAIT}. */
        JsonNode next(String type, Predicate<JsonNode> matches) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                JsonNode message = messages.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (message != null && message.path("type").asString("").equals(type) && matches.test(message)) {
                    return message;
                }
            }
            throw new AssertionError("no matching '" + type + "' message within " + WAIT);
        }
    }

    private static WebSocket open(DeskSession session, Heard heard) throws Exception {
        return session.webSocket(LIVE, origin(), heard).get(10, TimeUnit.SECONDS);
    }

    private static int refusedStatus(CompletableFuture<WebSocket> upgrade) throws Exception {
        Throwable refused = catchThrowable(() -> upgrade.get(10, TimeUnit.SECONDS));
        assertThat(refused).isInstanceOf(ExecutionException.class).cause().isInstanceOf(WebSocketHandshakeException.class);
        return ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode();
    }

    private static String customerSays(DeskSession customer, String user, String conversationId, String text) throws Exception {
        Map<String, String> body = conversationId == null ? Map.of("userId", user, "text", text)
                : Map.of("userId", user, "conversationId", conversationId, "text", text);
        var answer = customer.post("/api/v1/chat/messages", body, false);
        assertThat(answer.statusCode()).isEqualTo(200);
        return JSON.readTree(answer.body()).get("conversationId").asString();
    }

    @Test
    void anUnauthenticatedUpgradeIsRefused() throws Exception {
        DeskSession anonymous = new DeskSession(server.url(""));
        assertThat(refusedStatus(anonymous.webSocket(LIVE, origin(), new Heard()))).isEqualTo(401);
        DeskSession wrongPassword = new DeskSession(server.url(""));
        assertThat(wrongPassword.signIn("alice", "not-the-password")).isEqualTo(401);
        assertThat(refusedStatus(wrongPassword.webSocket(LIVE, origin(), new Heard()))).isEqualTo(401);
    }

    @Test
    void aPageOfAnotherSiteCannotUseTheDesksCookie() throws Exception {
        DeskSession alice = signedIn("alice", ALICE_PASSWORD);
        assertThat(refusedStatus(alice.webSocket(LIVE, "https://evil.example", new Heard()))).isEqualTo(403);
    }

    @Test
    void anAgentHearsOfTheQueueAndOfTheConversationTheyWatchWithoutItsText() throws Exception {
        DeskSession alice = signedIn("alice", ALICE_PASSWORD);
        Heard heard = new Heard();
        WebSocket socket = open(alice, heard);
        JsonNode ready = heard.next("ready");
        assertThat(ready.get("user").asString()).isEqualTo("alice");
        assertThat(ready.get("agent").asBoolean()).isTrue();

        DeskSession customer = new DeskSession(server.url(""));
        String id = customerSays(customer, "live-zh-hans", null, "转人工");
        heard.next("queue");

        socket.sendText(JSON.writeValueAsString(Map.of("type", "watch", "conversationId", id)), true).join();
        assertThat(heard.next("watching").get("conversationId").asString()).isEqualTo(id);
        long lastSequence = 0;
        for (String text : new String[] {"我的订单还没到", "我的訂單還沒到", "my order has not arrived"}) {
            customerSays(customer, "live-zh-hans", id, text);
            // the bot's note that the customer still waits comes too; the customer's message is the one asserted
            JsonNode cue = heard.next("conversation", c -> c.get("kind").asString().equals("CUSTOMER_MESSAGE"));
            assertThat(cue.get("conversationId").asString()).isEqualTo(id);
            assertThat(cue.get("sequence").asLong()).isGreaterThan(lastSequence);
            assertThat(cue.toString()).doesNotContain(text);
            lastSequence = cue.get("sequence").asLong();
        }

        socket.sendText(JSON.writeValueAsString(Map.of("type", "watch", "conversationId", "no-such-conversation")), true).join();
        assertThat(heard.next("error").get("status").asInt()).isEqualTo(404);
        socket.sendText("not json", true).join();
        assertThat(heard.next("error").get("status").asInt()).isEqualTo(400);
        socket.sendText(JSON.writeValueAsString(Map.of("type", "shout")), true).join();
        assertThat(heard.next("error").get("detail").asString()).contains("shout");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    @Test
    void aSupervisorWhoIsNotAnAgentHearsOfTheQueueButFollowsNoConversation() throws Exception {
        DeskSession carol = signedIn("carol", CAROL_PASSWORD);
        Heard heard = new Heard();
        WebSocket socket = open(carol, heard);
        assertThat(heard.next("ready").get("agent").asBoolean()).isFalse();
        String id = customerSays(new DeskSession(server.url("")), "live-zh-hant", null, "轉人工");
        heard.next("queue");
        socket.sendText(JSON.writeValueAsString(Map.of("type", "watch", "conversationId", id)), true).join();
        assertThat(heard.next("error").get("status").asInt()).isEqualTo(403);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    @Test
    void anAgentsDeskKeepsTheirPresenceFromLapsingAndASupervisorsDoesNot() throws Exception {
        AgentStatusStore status = server.bean(AgentStatusStore.class);
        DeskSession alice = signedIn("alice", ALICE_PASSWORD);
        Heard heard = new Heard();
        WebSocket socket = open(alice, heard);
        heard.next("ready");
        assertThat(status.lastSeen("alice")).isPresent();
        Instant beforePing = Instant.now();
        socket.sendText(JSON.writeValueAsString(Map.of("type", "ping")), true).join();
        // messages are handled in order: once the next one is answered, the ping was heard
        socket.sendText(JSON.writeValueAsString(Map.of("type", "shout")), true).join();
        heard.next("error");
        assertThat(status.lastSeen("alice")).hasValueSatisfying(seen -> assertThat(seen).isAfterOrEqualTo(beforePing));
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();

        Heard carolHeard = new Heard();
        WebSocket carol = open(signedIn("carol", CAROL_PASSWORD), carolHeard);
        carolHeard.next("ready");
        carol.sendText(JSON.writeValueAsString(Map.of("type", "ping")), true).join();
        carol.sendText(JSON.writeValueAsString(Map.of("type", "shout")), true).join();
        carolHeard.next("error");
        assertThat(status.lastSeen("carol")).isEmpty();
        carol.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    @Test
    void signingOutClosesTheSocket() throws Exception {
        DeskSession alice = signedIn("alice", ALICE_PASSWORD);
        Heard heard = new Heard();
        open(alice, heard);
        heard.next("ready");
        assertThat(alice.post("/desk/logout", Map.of(), true).statusCode()).isEqualTo(204);
        assertThat(heard.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1008);
        assertThat(refusedStatus(alice.webSocket(LIVE, origin(), new Heard()))).isEqualTo(401);
    }
}
