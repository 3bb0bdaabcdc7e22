package dev.kefu.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.store.ConversationStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns full of personal data, in zh-Hans, zh-Hant and en, with kefu and Spring MVC logging at
 * DEBUG: none of it reaches the logs, the stored events, the journal on disk or the unanswered log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.dev.kefu=DEBUG", "logging.level.org.springframework.web=DEBUG"})
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataApiTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kefu.data-dir", dataDir::toString);
    }

    /** What a customer gives away, and where: the raw values must be found nowhere. */
    private static final List<String> PERSONAL = List.of("13812345678", "11010519491231002X", "4111 1111 1111 1111",
            "li.lei@example.com", "张江路88号", "忠孝東路四段216巷27弄5號", "742 Evergreen Terrace", "62704");

    private static final List<String> MESSAGES = List.of(
            "我的手机13812345678，身份证11010519491231002X，请寄到上海市浦东新区张江路88号",
            "我的信用卡4111 1111 1111 1111被扣款兩次，請寄發票到台北市信義區忠孝東路四段216巷27弄5號",
            "e-mail me at li.lei@example.com or ship to 742 Evergreen Terrace, Springfield, IL 62704");

    @LocalServerPort
    int port;

    @Autowired
    ConversationStore store;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void personalDataIsInNoLogNoStoredEventAndNoFile(CapturedOutput output) throws Exception {
        List<String> conversations = new ArrayList<>();
        for (int i = 0; i < MESSAGES.size(); i++) {
            String body = json.writeValueAsString(Map.of("userId", "pii-" + i, "text", MESSAGES.get(i)));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/chat/messages"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).doesNotContain(PERSONAL);
            conversations.add(json.readTree(response.body()).get("conversationId").asString());
        }

        assertThat(output.getAll()).as("the debug log saw the requests").contains("/api/v1/chat/messages")
                .doesNotContain(PERSONAL);
        List<String> storedTexts = conversations.stream().flatMap(id -> store.events(id).stream())
                .map(ConversationEvent::text).filter(t -> t != null).toList();
        assertThat(storedTexts).anySatisfy(t -> assertThat(t).contains("[PHONE]", "[PRC_ID]", "[ADDRESS]"))
                .anySatisfy(t -> assertThat(t).contains("[BANK_CARD]", "[ADDRESS]"))
                .anySatisfy(t -> assertThat(t).contains("[EMAIL]", "[ADDRESS]"));
        assertThat(String.join("\n", storedTexts)).doesNotContain(PERSONAL);
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).as(file.toString())
                        .doesNotContain(PERSONAL);
            }
        }
    }
}
