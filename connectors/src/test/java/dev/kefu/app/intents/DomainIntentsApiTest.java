package dev.kefu.app.intents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The business's own intents ({@code kefu.intents.path}), trained at start-up and read in every chat turn. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DomainIntentsApiTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kefu.data-dir", dataDir::toString);
        registry.add("kefu.intents.path", () -> examples().toString());
    }

    private static Path examples() {
        try {
            return Files.writeString(dataDir.resolve("my-intents.csv"), """
                    text,label
                    我想办一张信用卡,credit_card
                    信用卡怎么申请,credit_card
                    申请信用卡要什么材料,credit_card
                    I want to apply for a credit card,credit_card
                    how do I get a credit card,credit_card
                    credit card application,credit_card
                    我的卡被吞了,card_swallowed
                    取款机把卡吞了,card_swallowed
                    ATM吞卡了怎么办,card_swallowed
                    the ATM ate my card,card_swallowed
                    my card got stuck in the machine,card_swallowed
                    ATM swallowed my card,card_swallowed
                    今天天气怎么样,oos
                    给我讲个笑话,oos
                    what is the capital of France,oos
                    tell me a joke,oos
                    """, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;

    private JsonNode chat(String user, String text) throws Exception {
        String body = JsonMapper.builder().build().writeValueAsString(Map.of("userId", user, "text", text));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/chat/messages"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({"取款机吞了我的卡,card_swallowed", "提款機吞了我的卡,card_swallowed", "the ATM kept my card,card_swallowed",
        "怎么办信用卡,credit_card", "how can I get a credit card,credit_card"})
    void readsTheBusinessIntentsInEveryScript(String text, String intent) throws Exception {
        JsonNode turn = chat("customer-" + text.hashCode(), text);
        assertThat(turn.get("analysis").get("intent").get("name").asString()).isEqualTo(intent);
    }

    @Test
    void theBuiltInIntentsStillComeFirst() throws Exception {
        JsonNode turn = chat("customer-human", "转人工");
        assertThat(turn.get("analysis").get("intent").get("name").asString()).isEqualTo("ask_human");
        assertThat(turn.get("analysis").get("handoffReason").asString()).isEqualTo("USER_REQUEST");
    }

    @Test
    void cachesTheTrainedModelInTheDataDir() {
        assertThat(dataDir.resolve("intents/domain-intents.model")).isNotEmptyFile();
        assertThat(dataDir.resolve("intents/domain-intents.sha256")).isNotEmptyFile();
    }
}
