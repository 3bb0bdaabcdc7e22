package dev.kefu.app.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The chat API over real HTTP, with the bundled demo knowledge base, per the contract in DESIGN.md. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChatApiTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kefu.data-dir", dataDir::toString);
        registry.add("kefu.chat.rate-burst", () -> "1000");
        registry.add("kefu.chat.rate-per-minute", () -> "100000");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> post(String body) throws Exception {
        return post(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8), "application/json");
    }

    private HttpResponse<String> post(HttpRequest.BodyPublisher body, String contentType) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/chat/messages"))
                .header("Content-Type", contentType).POST(body).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String message(String user, String text) {
        return JsonMapper.builder().build().writeValueAsString(java.util.Map.of("userId", user, "text", text));
    }

    /**
     * Paraphrased demo questions in zh-Hans, zh-Hant and en, through HTTP: every language is
     * detected, at least 90 % find their entry (as the answer, or among the choices offered), and
     * at least 95 % of the answers given are the right one.
     */
    @Test
    void answersDemoQuestionsInTheirLanguage() throws Exception {
        List<String> lines = Files.readAllLines(Path.of(getClass().getResource("/demo-queries.csv").toURI()));
        int n = 0, found = 0, answered = 0, answeredRight = 0;
        for (String line : lines.subList(1, lines.size())) {
            int b = line.lastIndexOf(','), a = line.lastIndexOf(',', b - 1);
            String query = line.substring(0, a).replaceAll("^\"|\"$", ""), id = line.substring(a + 1, b),
                    language = line.substring(b + 1);
            JsonNode body = json.readTree(post(message("demo-" + n, query)).body());
            assertThat(body.get("analysis").get("language").asString()).as(query).isEqualTo(language);
            JsonNode reply = body.get("replies").get(0);
            String type = reply.get("type").asString();
            if (type.equals("answer")) {
                answered++;
                answeredRight += id.equals(reply.get("faqId").asString()) ? 1 : 0;
                found += id.equals(reply.get("faqId").asString()) ? 1 : 0;
            } else if (type.equals("suggestions")) {
                found += reply.get("suggestions").size() > 0 ? 1 : 0;
            }
            n++;
        }
        assertThat(n).isGreaterThanOrEqualTo(75);
        assertThat((double) found / n).as("found %d of %d", found, n).isGreaterThanOrEqualTo(0.90);
        assertThat((double) answeredRight / answered).as("right answers %d of %d", answeredRight, answered)
                .isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void followsTheContractAndKeepsTheConversation() throws Exception {
        JsonNode first = json.readTree(post(message("contract", "转人工")).body());
        assertThat(first.get("conversationId").asString()).isNotBlank();
        assertThat(first.get("state").asString()).isEqualTo("QUEUED");
        assertThat(first.get("replies").get(0).get("type").asString()).isEqualTo("handoff");
        assertThat(first.get("analysis").get("intent").get("name").asString()).isEqualTo("ask_human");
        assertThat(first.get("analysis").get("intent").get("confidence").isNumber()).isTrue();
        assertThat(first.get("analysis").get("sentiment").get("score").isNumber()).isTrue();
        assertThat(first.get("analysis").get("sentiment").get("label").asString()).isIn("negative", "neutral", "positive");
        assertThat(first.get("analysis").get("sentiment").get("emotion").asString())
                .isIn("anger", "frustration", "anxiety", "satisfaction", "none");
        assertThat(first.get("analysis").get("sentiment").get("trend").isNumber()).isTrue();
        assertThat(first.get("analysis").get("handoffReason").asString()).isEqualTo("USER_REQUEST");

        String id = first.get("conversationId").asString();
        JsonNode second = json.readTree(post("{\"conversationId\":\"" + id + "\",\"userId\":\"contract\",\"text\":\"在吗\"}").body());
        assertThat(second.get("conversationId").asString()).isEqualTo(id);
        assertThat(second.get("state").asString()).isEqualTo("QUEUED");
        assertThat(second.get("replies").get(0).get("type").asString()).isEqualTo("system");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "{\"userId\":\"u\"}",
        "{\"userId\":\"u\",\"text\":\"\"}",
        "{\"userId\":\"u\",\"text\":\"   \"}",
        "{\"userId\":\"u\",\"text\":null}",
        "{\"text\":\"hello\"}",
        "{\"userId\":\"u\",\"text\":42}",
        "{\"userId\":7,\"text\":\"hello\"}",
        "{\"userId\":\"u\",\"text\":[\"a\"]}",
        "{\"userId\":\"u\",\"text\":{\"a\":1}}",
        "{\"userId\":\"u\",\"text\":\"hi\",\"conversationId\":\"../../etc/passwd\"}",
        "{\"userId\":\"u\",\"text\":\"hi\"",
        "not json at all",
        "[]",
        "",
    })
    void answersBadInputWith400AndAJsonProblem(String body) throws Exception {
        HttpResponse<String> response = post(body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(400);
    }

    @Test
    void refusesTextOverTheLimitAndTenMegabyteBodies() throws Exception {
        HttpResponse<String> tooLong = post(message("u", "退".repeat(2_001)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("at most 2000 characters");

        HttpResponse<String> huge = post(message("u", "x".repeat(10 * 1024 * 1024)));
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(json.readTree(huge.body()).get("status").asInt()).isEqualTo(413);
    }

    @Test
    void refusesOtherContentTypesAndBrokenEncodings() throws Exception {
        assertThat(post(HttpRequest.BodyPublishers.ofString("text=hi"), "text/plain").statusCode()).isEqualTo(415);
        byte[] invalidUtf8 = "{\"userId\":\"u\",\"text\":\"\u00ff\u00fe\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(post(HttpRequest.BodyPublishers.ofByteArray(invalidUtf8), "application/json").statusCode()).isEqualTo(400);
    }

    @Test
    void echoesHostileTextOnlyAsJsonData() throws Exception {
        HttpResponse<String> response = post(message("xss", "<script>alert(1)</script> 怎么退货"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("application/json");
    }

    @Test
    void reportsHealthAndServesTheChatPage() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(json.readTree(health.body()).get("status").asString()).isEqualTo("UP");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("kefu");
    }
}
