package dev.kefu.app.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The held-out conversations of {@code conversations/held-out.json}, played one customer each
 * against the HTTP API with the bundled demo knowledge base: paraphrased FAQ questions, requests
 * for a person, anger, complaints, repeated misses and polite thanks, in zh-Hans, zh-Hant and en.
 * Every turn must get the kind of reply a person would expect (and the right FAQ entry when it
 * answers), and every conversation must end in the expected state, with the expected handoff reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HeldOutConversationsTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kefu.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @TestFactory
    Stream<DynamicTest> everyConversationEndsAsAPersonWouldExpect() throws Exception {
        JsonNode set;
        try (InputStream in = getClass().getResourceAsStream("/conversations/held-out.json")) {
            set = json.readTree(in);
        }
        JsonNode conversations = set.get("conversations");
        assertThat(conversations.size()).isEqualTo(30);
        return StreamSupport.stream(conversations.spliterator(), false)
                .map(conversation -> DynamicTest.dynamicTest(conversation.get("name").asString(), () -> play(conversation)));
    }

    private void play(JsonNode conversation) throws Exception {
        String user = "held-out-" + Integer.toHexString(conversation.get("name").asString().hashCode());
        String conversationId = null;
        JsonNode last = null;
        for (JsonNode turn : conversation.get("turns")) {
            String text = turn.get("text").asString();
            Map<String, String> message = new LinkedHashMap<>();
            message.put("userId", user);
            message.put("text", text);
            if (conversationId != null) {
                message.put("conversationId", conversationId);
            }
            HttpResponse<String> response = post(json.writeValueAsString(message));
            assertThat(response.statusCode()).as(text).isEqualTo(200);
            last = json.readTree(response.body());
            conversationId = last.get("conversationId").asString();
            JsonNode reply = last.get("replies").get(0);
            assertThat(reply.get("type").asString()).as("reply to «%s»: %s", text, reply).isEqualTo(turn.get("type").asString());
            if (turn.has("faqId")) {
                assertThat(reply.get("faqId").asString()).as("answer to «%s»", text).isEqualTo(turn.get("faqId").asString());
            }
        }
        JsonNode end = conversation.get("end");
        assertThat(last.get("state").asString()).as("end state").isEqualTo(end.get("state").asString());
        if (end.has("handoffReason")) {
            assertThat(last.get("analysis").get("handoffReason").asString()).as("handoff reason")
                    .isEqualTo(end.get("handoffReason").asString());
        }
    }

    private HttpResponse<String> post(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/chat/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
