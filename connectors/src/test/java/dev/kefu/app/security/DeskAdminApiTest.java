package dev.kefu.app.security;

import static dev.kefu.app.security.DeskSession.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.app.browser.KefuServer;
import dev.kefu.kb.catalog.KnowledgeCatalog;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The knowledge-base and unanswered-questions endpoints of the desk ({@code /desk/api/admin/}),
 * against the real application: a desk ADMIN edits, imports, exports and reads the unanswered
 * questions in their session with the CSRF token, and is named in the history; an agent or a
 * supervisor is refused (403), someone not signed in too (401), and nothing changes.
 */
class DeskAdminApiTest {

    private static final String ADMIN = "root";
    private static final String ADMIN_PASSWORD = "root-Pa55word-1";
    private static final String PASSWORD = "desk-Pa55word";
    private static final String ENTRIES = "/desk/api/admin/kb/entries";
    private static final String ENTRY = ENTRIES + "/order-place";
    private static final String CSV_HEADER = "id,language,question,alternates,answer,tags\n";

    @TempDir
    static Path dataDir;

    static KefuServer server;

    @BeforeAll
    static void start() {
        server = KefuServer.start(dataDir, Map.of("KEFU_ADMIN_USER", ADMIN, "KEFU_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "kefu.handoff.agents[0].id", "alice", "kefu.handoff.agents[0].languages", "zh,en"));
        String hash = server.bean(PasswordEncoder.class).encode(PASSWORD);
        DeskUserStore users = server.bean(DeskUserStore.class);
        users.save(new DeskUser("alice", hash, DeskRole.AGENT));
        users.save(new DeskUser("sue", hash, DeskRole.SUPERVISOR));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static DeskSession signedIn(String user, String password) throws Exception {
        DeskSession session = new DeskSession(server.url(""));
        assertThat(session.signIn(user, password)).isEqualTo(204);
        return session;
    }

    private static Map<String, Object> entry(String id, String language, String question, String answer) {
        return Map.of("id", id, "tags", List.of("desk"), "variants",
                List.of(Map.of("language", language, "question", question, "alternates", List.of(), "answer", answer)));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    @Test
    void agentsAndSupervisorsAreRefusedEveryAdminEndpointEvenWithTheCsrfToken() throws Exception {
        long version = server.bean(KnowledgeCatalog.class).get("order-place").orElseThrow().version();
        for (String user : List.of("alice", "sue")) {
            DeskSession session = signedIn(user, PASSWORD);
            for (String path : List.of(ENTRIES, ENTRY, ENTRY + "/history", "/desk/api/admin/kb/export?format=json",
                    "/desk/api/admin/unanswered")) {
                assertThat(session.get(path).statusCode()).as(user + " GET " + path).isEqualTo(403);
            }
            assertThat(session.post(ENTRIES, entry("by-" + user, "en", "Q?", "A."), true).statusCode()).isEqualTo(403);
            assertThat(session.put(ENTRY, Map.of("version", version, "variants",
                    List.of(Map.of("language", "en", "question", "Q?", "answer", "A."))), true).statusCode()).isEqualTo(403);
            assertThat(session.post(ENTRY + "/publish", Map.of(), true).statusCode()).isEqualTo(403);
            assertThat(session.delete(ENTRY, true).statusCode()).isEqualTo(403);
            assertThat(session.upload("/desk/api/admin/kb/import?format=csv", "kb.csv",
                    CSV_HEADER + "only,en,Q?,,A.,\n", true).statusCode()).isEqualTo(403);
        }
        DeskSession nobody = new DeskSession(server.url(""));
        nobody.session();
        assertThat(nobody.get(ENTRIES).statusCode()).isEqualTo(401);
        assertThat(nobody.post(ENTRIES, entry("by-nobody", "en", "Q?", "A."), true).statusCode()).isEqualTo(401);

        KnowledgeCatalog catalog = server.bean(KnowledgeCatalog.class);
        assertThat(catalog.get("order-place").orElseThrow().version()).isEqualTo(version);
        assertThat(catalog.get("by-alice")).isEmpty();
        assertThat(catalog.get("by-sue")).isEmpty();
        assertThat(catalog.get("only")).isEmpty();
    }

    @Test
    void anAdminCreatesFindsEditsAndDeletesAnEntryWithTheCsrfTokenAndIsNamedInTheHistory() throws Exception {
        DeskSession admin = signedIn(ADMIN, ADMIN_PASSWORD);
        Map<String, Object> umbrella = entry("desk-umbrella", "zh-Hans", "门店可以借雨伞吗", "可以，凭会员卡免费借用。");
        assertThat(admin.post(ENTRIES, umbrella, false).statusCode()).as("without the CSRF token").isEqualTo(403);
        HttpResponse<String> created = admin.post(ENTRIES, umbrella, true);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(admin.post(ENTRIES, umbrella, true).statusCode()).as("the id is taken").isEqualTo(409);

        JsonNode found = json(admin.get(ENTRIES + "?q=" + URLEncoder.encode("借雨傘", StandardCharsets.UTF_8)));
        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(found.get("entries").get(0).get("id").asString()).isEqualTo("desk-umbrella");

        Map<String, Object> edit = Map.of("version", 1, "tags", List.of("store"), "variants", List.of(
                Map.of("language", "zh-Hans", "question", "门店可以借雨伞吗", "alternates", List.of("下雨了有伞吗"),
                        "answer", "可以，凭会员卡免费借用，七天内归还。"),
                Map.of("language", "en", "question", "Can I borrow an umbrella in the shop?", "alternates", List.of(),
                        "answer", "Yes, free with a member card.")));
        HttpResponse<String> edited = admin.put(ENTRIES + "/desk-umbrella", edit, true);
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(json(edited).get("version").asLong()).isEqualTo(2);

        HttpResponse<String> stale = admin.put(ENTRIES + "/desk-umbrella", edit, true);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).get("currentVersion").asLong()).isEqualTo(2);

        HttpResponse<String> invalid = admin.put(ENTRIES + "/desk-umbrella", Map.of("version", 2, "variants",
                List.of(Map.of("language", "zh-Hans", "question", "门店可以借雨伞吗", "answer", " "))), true);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(json(invalid).get("detail").asString()).contains("answer");

        JsonNode history = json(admin.get(ENTRIES + "/desk-umbrella/history"));
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("action").asString()).isEqualTo("CREATE");
        assertThat(history.get(1).get("who").asString()).isEqualTo("desk:" + ADMIN);

        assertThat(admin.delete(ENTRIES + "/desk-umbrella?version=2", false).statusCode()).isEqualTo(403);
        assertThat(admin.delete(ENTRIES + "/desk-umbrella?version=2", true).statusCode()).isEqualTo(204);
        assertThat(admin.get(ENTRIES + "/desk-umbrella").statusCode()).isEqualTo(404);
    }

    @Test
    void anAdminImportsExportsAndReadsTheUnansweredQuestions() throws Exception {
        DeskSession admin = signedIn(ADMIN, ADMIN_PASSWORD);
        String broken = CSV_HEADER + "ok-1,en,How late are you open?,,Until 10 pm.,\nbad-1,zh-Hans,营业到几点,,,\n";
        assertThat(admin.upload("/desk/api/admin/kb/import?format=csv", "kb.csv", broken, false).statusCode()).isEqualTo(403);
        HttpResponse<String> rejected = admin.upload("/desk/api/admin/kb/import?format=csv", "kb.csv", broken, true);
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(422);
        JsonNode problem = json(rejected).get("problems").get(0);
        assertThat(problem.get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("message").asString()).contains("answer is empty");
        assertThat(server.bean(KnowledgeCatalog.class).get("order-place")).as("unchanged").isPresent();

        String exported = admin.get("/desk/api/admin/kb/export?format=csv").body();
        assertThat(exported).startsWith("id,").contains("order-place");
        HttpResponse<String> imported = admin.upload("/desk/api/admin/kb/import?format=csv", "kb.csv", exported, true);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(json(imported).get("created").asInt()).isZero();
        assertThat(json(imported).get("published").asInt()).isPositive();

        HttpResponse<String> chat = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/chat/messages")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("userId", "missed-1", "text", "你们卖不卖二手相机")), StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(chat.statusCode()).isEqualTo(200);
        JsonNode groups = json(admin.get("/desk/api/admin/unanswered"));
        JsonNode group = StreamSupport.stream(groups.spliterator(), false)
                .filter(g -> g.get("examples").toString().contains("二手相机")).findFirst().orElseThrow();
        assertThat(group.get("count").asInt()).isEqualTo(1);
        String path = "/desk/api/admin/unanswered/" + group.get("id").asString();
        assertThat(admin.delete(path, false).statusCode()).isEqualTo(403);
        assertThat(admin.delete(path, true).statusCode()).isEqualTo(204);
        assertThat(admin.get("/desk/api/admin/unanswered").body()).doesNotContain("二手相机");
    }

    @Test
    void theAdminTokenKeepsItsOwnNameInTheHistory() throws Exception {
        String token = Files.readString(dataDir.resolve("admin-token")).strip();
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.url("/api/v1/admin/kb/entries")))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        entry("by-token", "en", "Do you ship abroad?", "Yes, to most countries.")), StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).get("updatedBy").asString()).isEqualTo("admin");
    }
}
