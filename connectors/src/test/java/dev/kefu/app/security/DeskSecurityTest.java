package dev.kefu.app.security;

import static dev.kefu.app.security.DeskSession.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.app.browser.KefuServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * Sign-in to the agent desk against the real application: the first admin's generated password,
 * wrong passwords, roles, CSRF, the agent API by session or token, and the APIs that keep their
 * own guards (chat, admin token, health) working as before.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskSecurityTest {

    private static final Pattern GENERATED = Pattern.compile("generated password (\\S+) ");
    private static final String ALICE_PASSWORD = "alice-Pa55word";

    @TempDir
    static Path dataDir;

    static KefuServer server;
    static String adminPassword;

    @BeforeAll
    static void start(CapturedOutput output) {
        server = KefuServer.start(dataDir, Map.of(
                "kefu.handoff.agents[0].id", "alice", "kefu.handoff.agents[0].languages", "zh,en",
                "kefu.handoff.agents[1].id", "bob", "kefu.handoff.agents[1].languages", "zh,en"));
        Matcher printed = GENERATED.matcher(output.getOut());
        assertThat(printed.find()).as("the generated password is printed").isTrue();
        adminPassword = printed.group(1);
        assertThat(printed.find()).as("and printed once").isFalse();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static DeskSession browser() {
        return new DeskSession(server.url(""));
    }

    private static DeskSession signedIn(String user, String password) throws Exception {
        DeskSession session = browser();
        assertThat(session.signIn(user, password)).isEqualTo(204);
        return session;
    }

    private static String queuedConversation(String user) throws Exception {
        HttpResponse<String> chat = anonymous(HttpRequest.newBuilder(URI.create(server.url("/api/v1/chat/messages")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("userId", user, "text", "转人工")),
                        StandardCharsets.UTF_8)));
        assertThat(chat.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(chat.body());
        assertThat(answer.get("state").asString()).isEqualTo("QUEUED");
        return answer.get("conversationId").asString();
    }

    private static HttpResponse<String> anonymous(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    @Order(1)
    void theGeneratedFirstAdminPasswordWorksAndIsStoredOnlyAsAHash() throws Exception {
        DeskSession admin = signedIn(FirstAdmin.DEFAULT_NAME, adminPassword);
        JsonNode session = admin.session();
        assertThat(session.get("username").asString()).isEqualTo("admin");
        assertThat(session.get("role").asString()).isEqualTo("ADMIN");
        String stored = Files.readString(dataDir.resolve(DeskUserStore.FILE_NAME));
        assertThat(stored).doesNotContain(adminPassword).contains("{bcrypt}");
    }

    @Test
    @Order(2)
    void wrongPasswordsAreRefused() throws Exception {
        for (String[] attempt : new String[][] {{"admin", "wrong-password"}, {"admin", adminPassword + "x"},
                {"nobody", adminPassword}, {"admin", ""}}) {
            DeskSession session = browser();
            assertThat(session.signIn(attempt[0], attempt[1])).as(attempt[0] + "/" + attempt[1]).isEqualTo(401);
            assertThat(session.session().get("username")).isNull();
            assertThat(session.get("/api/v1/agent/queue").statusCode()).isEqualTo(401);
        }
    }

    @Test
    @Order(3)
    void anAdminAddsAnAgentWhoCannotOpenTheSupervisorOrAdminViews() throws Exception {
        DeskSession admin = signedIn("admin", adminPassword);
        Map<String, String> alice = Map.of("username", "alice", "password", ALICE_PASSWORD, "role", "AGENT");
        assertThat(admin.post("/desk/api/admin/users", alice, true).statusCode()).isEqualTo(201);
        assertThat(admin.post("/desk/api/admin/users", Map.of("username", "zed", "password", "zed-Pa55word", "role", "AGENT"), true)
                .statusCode()).as("not a configured agent").isEqualTo(400);
        assertThat(admin.post("/desk/api/admin/users", Map.of("username", "carol", "password", "short", "role", "SUPERVISOR"), true)
                .statusCode()).as("password too short").isEqualTo(400);
        assertThat(admin.get("/desk/api/supervisor/overview").statusCode()).isEqualTo(200);

        DeskSession agent = signedIn("alice", ALICE_PASSWORD);
        assertThat(agent.get("/desk/api/supervisor/overview").statusCode()).isEqualTo(403);
        assertThat(agent.get("/desk/api/admin/users").statusCode()).isEqualTo(403);
        assertThat(agent.post("/desk/api/admin/users", Map.of("username", "bob", "password", "bob-Pa55word", "role", "ADMIN"), true)
                .statusCode()).isEqualTo(403);
        assertThat(agent.get("/api/v1/agent/queue").statusCode()).isEqualTo(200);
        assertThat(Files.readString(dataDir.resolve(DeskUserStore.FILE_NAME))).doesNotContain(ALICE_PASSWORD);
    }

    @Test
    @Order(4)
    void aStateChangingCallWithoutTheCsrfTokenIs403() throws Exception {
        DeskSession agent = signedIn("alice", ALICE_PASSWORD);
        String id = queuedConversation("csrf-1");
        assertThat(agent.post("/api/v1/agent/conversations/" + id + "/claim", Map.of(), false).statusCode()).isEqualTo(403);
        assertThat(agent.post("/desk/api/kb-entries", Map.of("question", "q", "answer", "a"), false).statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(agent.get("/api/v1/agent/conversations/" + id).body()).get("state").asString())
                .isEqualTo("QUEUED");
        assertThat(agent.post("/api/v1/agent/conversations/" + id + "/claim", Map.of(), true).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void aSignedInAgentActsAsThemselfWhateverHeaderTheySend() throws Exception {
        DeskSession agent = signedIn("alice", ALICE_PASSWORD);
        String id = queuedConversation("spoof-1");
        HttpResponse<String> claimed = agent.post("/api/v1/agent/conversations/" + id + "/claim", Map.of(), true);
        assertThat(JSON.readTree(claimed.body()).get("assignee").asString()).isEqualTo("alice");
        assertThat(agent.get("/desk/api/mine").body()).contains(id);
    }

    @Test
    @Order(6)
    void theChatApiHealthAdminTokenAndAgentTokenKeepWorking() throws Exception {
        queuedConversation("open-1"); // anonymous, no CSRF token
        HttpResponse<String> health = anonymous(HttpRequest.newBuilder(URI.create(server.url("/actuator/health"))));
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");

        String token = Files.readString(dataDir.resolve("admin-token")).strip();
        HttpResponse<String> entries = anonymous(HttpRequest.newBuilder(URI.create(server.url("/api/v1/admin/kb/entries")))
                .header("Authorization", "Bearer " + token));
        assertThat(entries.statusCode()).isEqualTo(200);
        HttpResponse<String> draft = anonymous(HttpRequest.newBuilder(URI.create(server.url("/api/v1/admin/kb/drafts")))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"q?\",\"answer\":\"a.\",\"language\":\"en\"}")));
        assertThat(draft.statusCode()).isEqualTo(201);
        assertThat(anonymous(HttpRequest.newBuilder(URI.create(server.url("/api/v1/admin/kb/entries")))).statusCode())
                .isEqualTo(401);

        String id = queuedConversation("token-1");
        HttpResponse<String> byToken = anonymous(HttpRequest.newBuilder(URI.create(server.url("/api/v1/agent/conversations/" + id + "/claim")))
                .header("Authorization", "Bearer " + token).header("X-Kefu-Agent", "bob")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(byToken.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(byToken.body()).get("assignee").asString()).isEqualTo("bob");
        HttpResponse<String> wrongToken = anonymous(HttpRequest.newBuilder(URI.create(server.url("/api/v1/agent/queue")))
                .header("Authorization", "Bearer nope").header("X-Kefu-Agent", "bob"));
        assertThat(wrongToken.statusCode()).isEqualTo(401);
    }

    @Test
    @Order(7)
    void afterARestartNoPasswordIsPrintedAndTheFirstOneStillWorks(CapturedOutput output) throws Exception {
        int before = output.getOut().length();
        server.stop();
        server.start();
        assertThat(output.getOut().substring(before)).doesNotContain("generated password");
        signedIn("admin", adminPassword);
        signedIn("alice", ALICE_PASSWORD);
    }
}
