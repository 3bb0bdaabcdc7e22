package dev.kefu.app.admin;

import static dev.kefu.app.admin.AdminHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The knowledge-base admin API over real HTTP, on the bundled demo knowledge base. */
class KbAdminApiTest extends AdminApiTestSupport {

    static final String ENTRIES = "/api/v1/admin/kb/entries";

    private static Map<String, Object> variant(String language, String question, String answer) {
        return Map.of("language", language, "question", question, "alternates", List.of(), "answer", answer);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void refusesRequestsWithoutTheRightToken() throws Exception {
        for (String token : new String[] {null, "wrong-token", TOKEN + "x", ""}) {
            HttpResponse<String> response = new AdminHttp(port, token).get(ENTRIES);
            assertThat(response.statusCode()).as(String.valueOf(token)).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("json");
            assertThat(json(response).get("status").asInt()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        }
        HttpResponse<String> basic = admin.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + ENTRIES))
                .header("Authorization", "Basic " + TOKEN));
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(admin.get(ENTRIES).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "zh-Hans,仓库在哪个城市,我们的仓库在杭州。,仓库在哪个城市",
        "zh-Hant,倉庫在哪個城市,我們的倉庫在杭州。,仓库在哪个城市",
        "en,Where is your warehouse located?,Our warehouse is in Hangzhou.,where is the warehouse located",
    })
    void createsEditsAndDeletesEntriesThatTheBotUsesAtOnce(String language, String question, String answer, String asked)
            throws Exception {
        String id = "warehouse-" + language.toLowerCase();
        HttpResponse<String> created = admin.post(ENTRIES, Map.of("id", id, "tags", List.of("logistics"),
                "variants", List.of(variant(language, question, answer))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).get("version").asLong()).isEqualTo(1);
        assertThat(json(admin.get(ENTRIES + "/" + id)).get("variants").get(0).get("question").asString()).isEqualTo(question);
        assertThat(json(admin.get(ENTRIES + "?tag=logistics&language=" + language + "&q=" + encode(question.substring(0, 3))))
                .get("entries")).extracting(e -> e.get("id").asString()).contains(id);

        JsonNode search = json(admin.get("/api/v1/admin/kb/search?q=" + encode(asked)));
        assertThat(search.get("decision").asString()).isEqualTo("ANSWER");
        assertThat(search.get("matches").get(0).get("id").asString()).isEqualTo(id);
        assertThat(search.get("matches").get(0).get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(search.get("matches").get(0).get("score").isNumber()).isTrue();

        HttpResponse<String> updated = admin.put(ENTRIES + "/" + id, Map.of("version", 1,
                "variants", List.of(variant(language, question, answer + " 2"))));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(json(updated).get("version").asLong()).isEqualTo(2);
        JsonNode reply = admin.chat("crud-" + language, asked);
        assertThat(reply.get("faqId").asString()).isEqualTo(id);
        assertThat(reply.get("text").asString()).contains(" 2");

        HttpResponse<String> stale = admin.put(ENTRIES + "/" + id, Map.of("version", 1,
                "variants", List.of(variant(language, question, "stale"))));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).get("currentVersion").asLong()).isEqualTo(2);

        assertThat(admin.delete(ENTRIES + "/" + id + "?version=2").statusCode()).isEqualTo(204);
        assertThat(admin.get(ENTRIES + "/" + id).statusCode()).isEqualTo(404);
        assertThat(json(admin.get("/api/v1/admin/kb/search?q=" + encode(asked))).get("matches"))
                .extracting(m -> m.get("id").asString()).doesNotContain(id);
        assertThat(json(admin.get(ENTRIES + "/" + id + "/history"))).extracting(h -> h.get("action").asString())
                .containsExactly("CREATE", "UPDATE", "DELETE");
        assertThat(json(admin.get(ENTRIES + "/" + id + "/history")).get(0).get("who").asString()).isEqualTo("admin");
    }

    @Test
    void aBadFileIsRefusedWithItsLinesAndTheBotAnswersAsBefore() throws Exception {
        JsonNode before = admin.chat("import-before", "怎么退货");
        String csv = "id,language,question,answer\n"
                + "return-how,zh-Hans,怎么退货,新答案\n"
                + "bad id!,en,What?,Something.\n"
                + "no-answer,en,Where?,\n";
        HttpResponse<String> response = admin.postRaw("/api/v1/admin/kb/import?format=csv", csv, "text/csv");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(json(response).get("problems")).extracting(p -> p.get("line").asInt()).contains(3, 4);

        JsonNode after = admin.chat("import-after", "怎么退货");
        assertThat(after.get("faqId").asString()).isEqualTo(before.get("faqId").asString()).isEqualTo("return-how");
        assertThat(after.get("text").asString()).isEqualTo(before.get("text").asString());

        HttpResponse<String> notJson = admin.postRaw("/api/v1/admin/kb/import?format=json", "[{\"id\": ", "application/json");
        assertThat(notJson.statusCode()).isEqualTo(422);
        assertThat(admin.postRaw("/api/v1/admin/kb/import?format=xlsx", csv, "text/csv").statusCode()).isEqualTo(400);
    }

    @Test
    void importsAFileAsBodyOrFormUploadAndReindexes() throws Exception {
        String demo;
        try (InputStream in = getClass().getResourceAsStream("/kb/demo-faq.csv")) {
            demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String extended = demo + "pets,en,Can I bring my dog to the store?,,Dogs on a leash are welcome.,store\n";
        HttpResponse<String> imported = admin.postRaw("/api/v1/admin/kb/import?format=csv", extended, "text/csv");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(json(imported).get("created").asInt()).isEqualTo(1);
        assertThat(admin.chat("import-pets", "Can I bring my dog to the store?").get("faqId").asString()).isEqualTo("pets");

        String boundary = "kefu" + UUID.randomUUID();
        String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"demo.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + demo + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> restored = admin.postRaw("/api/v1/admin/kb/import?format=csv", form,
                "multipart/form-data; boundary=" + boundary);
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertThat(json(restored).get("removed").asInt()).isEqualTo(1);
        assertThat(admin.get(ENTRIES + "/pets").statusCode()).isEqualTo(404);

        HttpResponse<String> reindexed = admin.postRaw("/api/v1/admin/kb/reindex", "", "application/json");
        assertThat(reindexed.statusCode()).isEqualTo(200);
        assertThat(json(reindexed).get("published").asInt()).isEqualTo(json(admin.get(ENTRIES + "?status=PUBLISHED")).get("total").asInt());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"csv", "json", "markdown"})
    void exportsThePublishedEntriesSoTheyImportBackUnchanged(String format) throws Exception {
        HttpResponse<String> exported = admin.get("/api/v1/admin/kb/export?format=" + format);
        assertThat(exported.statusCode()).as(exported.body()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        assertThat(exported.body()).contains("return-how", "怎么退货", "How do I return an item?");

        HttpResponse<String> imported = admin.postRaw("/api/v1/admin/kb/import?format=" + format, exported.body(), "text/plain");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode result = json(imported);
        assertThat(result.get("created").asInt() + result.get("updated").asInt() + result.get("removed").asInt()).isZero();
        assertThat(result.get("unchanged").asInt()).isEqualTo(result.get("published").asInt()).isPositive();
    }

    @Test
    void aDraftIsNotAnsweredUntilPublished() throws Exception {
        String question = "你们支持企业采购月结吗";
        HttpResponse<String> draft = admin.post("/api/v1/admin/kb/drafts", Map.of("question", question,
                "answer", "企业客户可申请月结，请联系商务。", "conversationId", "c-42"));
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        JsonNode entry = json(draft);
        String id = entry.get("id").asString();
        assertThat(entry.get("status").asString()).isEqualTo("DRAFT");
        assertThat(entry.get("variants").get(0).get("language").asString()).isEqualTo("zh-Hans");
        assertThat(entry.get("tags")).extracting(JsonNode::asString).containsExactly("conversation:c-42");

        JsonNode beforePublishing = admin.chat("draft-1", question);
        assertThat(beforePublishing.path("faqId").asString("")).isNotEqualTo(id);
        assertThat(beforePublishing.path("suggestions").toString()).doesNotContain("企业客户可申请月结");

        HttpResponse<String> published = admin.postRaw(ENTRIES + "/" + id + "/publish", "", "application/json");
        assertThat(json(published).get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(admin.chat("draft-2", question).get("faqId").asString()).isEqualTo(id);
    }

    @Test
    void storesHostileTextAsPlainJsonText() throws Exception {
        String xss = "<script>alert('x')</script><img src=x onerror=alert(1)>\"};";
        HttpResponse<String> created = admin.post(ENTRIES, Map.of("id", "hostile", "status", "DRAFT",
                "variants", List.of(variant("en", xss + " question", xss))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> read = admin.get(ENTRIES + "/hostile");
        assertThat(read.headers().firstValue("Content-Type").orElseThrow()).contains("application/json");
        assertThat(json(read).get("variants").get(0).get("answer").asString()).isEqualTo(xss);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "{\"id\":\"x\"",
        "not json",
        "{\"id\":\"has space\",\"variants\":[{\"language\":\"en\",\"question\":\"q\",\"answer\":\"a\"}]}",
        "{\"id\":\"ok\",\"variants\":[]}",
        "{\"id\":\"ok\",\"variants\":[{\"language\":\"en\",\"question\":\"  \",\"answer\":\"a\"}]}",
        "{\"id\":\"ok\",\"variants\":[{\"language\":\"fr\",\"question\":\"q\",\"answer\":\"a\"}]}",
        "{\"id\":42,\"variants\":[{\"language\":\"en\",\"question\":\"q\",\"answer\":\"a\"}]}",
        "{\"id\":\"ok\",\"status\":\"LIVE\",\"variants\":[{\"language\":\"en\",\"question\":\"q\",\"answer\":\"a\"}]}",
    })
    void answersBadEntriesWith400(String body) throws Exception {
        HttpResponse<String> response = admin.postRaw(ENTRIES, body, "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).get("status").asInt()).isEqualTo(400);
    }

    @Test
    void refusesOversizedBodiesAndBadQueries() throws Exception {
        HttpResponse<String> huge = admin.post(ENTRIES, Map.of("id", "huge",
                "variants", List.of(variant("en", "q", "a".repeat((int) MAX_BODY_BYTES + 1)))));
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(json(huge).get("status").asInt()).isEqualTo(413);
        assertThat(admin.get(ENTRIES + "?size=100000").statusCode()).isEqualTo(400);
        assertThat(admin.get(ENTRIES + "?language=fr").statusCode()).isEqualTo(400);
        assertThat(admin.get(ENTRIES + "?status=LIVE").statusCode()).isEqualTo(400);
        assertThat(admin.get("/api/v1/admin/kb/search?q=").statusCode()).isEqualTo(400);
    }
}
