package dev.kefu.app.desk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.kefu.app.browser.HeadlessChromium;
import dev.kefu.app.browser.KefuServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With a language model configured (an OpenAI-compatible server emulated by WireMock), the desk's
 * side panel shows the model's summary of a handed-off conversation and a reply to insert, both
 * checked like the bot's own; the agent inserts the reply with one click.
 */
class DeskAssistBrowserTest {

    private static final String ADMIN = "lin";
    private static final String ADMIN_PASSWORD = "lin-Pa55word-7";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final WireMockServer MODEL = new WireMockServer(options().dynamicPort());
    private static final String SUGGESTED = "您好，在“我的订单”中选择商品并点击“申请退货”，审核通过后按提示寄回即可。";

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @TempDir
    static Path dataDir;

    static KefuServer server;

    @BeforeAll
    static void start() {
        MODEL.start();
        MODEL.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("botTried")).atPriority(1)
                .willReturn(completion(Map.of("issue", "客户想退货。", "botTried", "机器人给出了退货步骤，客户要求转人工。"))));
        MODEL.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(5)
                .willReturn(completion(Map.of("reply", SUGGESTED, "cited", List.of("return-how")))));
        server = KefuServer.start(dataDir, Map.of("KEFU_ADMIN_USER", ADMIN, "KEFU_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "kefu.handoff.agents[0].id", ADMIN, "kefu.handoff.agents[0].languages", "zh,en",
                "kefu.llm.enabled", "true", "kefu.llm.base-url", MODEL.baseUrl() + "/v1", "kefu.llm.model", "qwen-plus"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        MODEL.stop();
    }

    private static ResponseDefinitionBuilder completion(Map<String, Object> content) {
        String body = JSON.writeValueAsString(Map.of("id", "chatcmpl-1", "object", "chat.completion", "created", 1,
                "model", "qwen-plus", "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                        "message", Map.of("role", "assistant", "content", JSON.writeValueAsString(content))))));
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static JsonNode say(String user, String text) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.url("/api/v1/chat/messages")))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                JSON.writeValueAsString(Map.of("userId", user, "text", text)), StandardCharsets.UTF_8))
                        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return JSON.readTree(response.body());
    }

    @Test
    void theSidePanelShowsTheModelsSummaryAndAReplyToInsert() throws Exception {
        say("assist-customer", "我要退货");
        JsonNode handoff = say("assist-customer", "转人工");
        assertThat(handoff.get("state").asString()).isEqualTo("QUEUED");
        String id = handoff.get("conversationId").asString();

        BrowserContext context = chromium.newContext("zh-CN", 1280, 860);
        try {
            HeadlessChromium.WatchedPage watched = HeadlessChromium.watch(context.newPage());
            Page desk = watched.page();
            desk.navigate(server.url("/desk"));
            desk.locator("#login-form [name=username]").fill(ADMIN);
            desk.locator("#login-form [name=password]").fill(ADMIN_PASSWORD);
            desk.locator("#login-form button[type=submit]").click();
            desk.locator(".item[data-id='" + id + "']").first().click();

            assertThat(desk.locator("#assist")).isVisible();
            assertThat(desk.locator("#assist-summary")).containsText("客户想退货。");
            assertThat(desk.locator("#assist-replies li").first()).containsText(SUGGESTED);
            desk.locator("#assist-replies li button").first().click();
            assertThat(desk.locator("#reply")).hasValue(SUGGESTED);
            assertThat(watched.consoleErrors()).noneMatch(e -> e.contains("Content Security Policy"));
        } finally {
            context.close();
        }
    }
}
