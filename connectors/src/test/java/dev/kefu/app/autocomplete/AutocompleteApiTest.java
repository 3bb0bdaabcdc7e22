package dev.kefu.app.autocomplete;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Question autocomplete over real HTTP, with the bundled demo knowledge base. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AutocompleteApiTest {

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

    private HttpResponse<String> get(String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/chat/autocomplete" + query))
                .GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String q(String text) {
        return "?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "退款              | refund-time     | 退款多久到账",
        "运费              | shipping-fee    | 运费怎么算",
        "運費              | shipping-fee    | 運費怎麼算",
        "退款多久到賬       | refund-time     | 退款多久到帳",
        "how long does a r | refund-time     | How long does a refund take?",
        "Where does my ref | refund-method   | Where does my refund go?",
    })
    void suggestsDemoQuestionsInTheCustomersScript(String typed, String faqId, String question) throws Exception {
        HttpResponse<String> response = get(q(typed) + "&limit=3");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode suggestions = json.readTree(response.body()).get("suggestions");
        assertThat(suggestions.size()).isBetween(1, 3);
        assertThat(suggestions.get(0).get("faqId").asString()).isEqualTo(faqId);
        assertThat(suggestions.get(0).get("question").asString()).isEqualTo(question);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"?q=", "?q=%F0%9F%98%8A", "?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E"})
    void answersAnEmptyListWhenNothingMatches(String query) throws Exception {
        HttpResponse<String> response = get(query);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("suggestions").isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "?limit=5", "?q=refund&limit=0", "?q=refund&limit=11", "?q=refund&limit=abc"})
    void rejectsAMissingQueryOrALimitOutOfRange(String query) throws Exception {
        HttpResponse<String> response = get(query);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).isNotBlank();
    }
}
