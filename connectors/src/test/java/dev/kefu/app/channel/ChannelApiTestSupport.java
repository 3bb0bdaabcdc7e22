package dev.kefu.app.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.kefu.core.engine.Engine;
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
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One running service with Telegram, Slack, DingTalk and Feishu enabled, each pointed at one WireMock
 * that stands in for the four platforms' APIs, and a small bilingual knowledge base whose answers the
 * tests know: a short one with Markdown and characters to escape, and a long one to split. The
 * test classes share the context (same properties) and the WireMock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ChannelApiTestSupport {

    protected static final String TELEGRAM_TOKEN = "123456:TELEGRAM-SECRET-TOKEN-xyz";
    protected static final String TELEGRAM_SECRET = "webhook-secret-Abc123";
    protected static final String SLACK_TOKEN = "xoxb-SLACK-SECRET-TOKEN";
    protected static final String SLACK_SIGNING_SECRET = "slack-signing-secret-8f7e";
    protected static final String DINGTALK_SECRET = "dingtalk-app-secret-42";
    protected static final String TELEGRAM_MODERATOR = "9001";
    protected static final String SLACK_MODERATOR = "UMOD1";
    protected static final String DINGTALK_MODERATOR = "mod-staff-1";
    protected static final String FEISHU_APP_SECRET = "feishu-app-secret-77aa";
    protected static final String FEISHU_ENCRYPT_KEY = "feishu-encrypt-key-c0ffee";
    protected static final String FEISHU_VERIFICATION_TOKEN = "feishu-verification-token-9b";
    protected static final String FEISHU_BOT = "ou_kefu_bot_0001";
    protected static final String FEISHU_TENANT_TOKEN = "t-g1044ghJRUIJJ5ELPPPIEXAMPLE";

    protected static final String RETURNS_EN = "You can return items within **7 days** of delivery & get a refund <in full>.";
    protected static final String RETURNS_ZH = "签收后 **7 天内** 可以申请退货。";
    protected static final String LONG_EN = longText("Rule %d: shipping is charged by weight, ten yuan for the first kilogram. ", 60);
    protected static final String LONG_ZH = longText("第%d条：运费按重量计算，首重一公斤十元，续重每公斤五元。", 160);

    protected static final WireMockServer PLATFORMS = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final Path DATA_DIR;
    private static final Path KB;

    static {
        PLATFORMS.start();
        try {
            DATA_DIR = Files.createTempDirectory("kefu-channels-");
            KB = DATA_DIR.resolve("kb.csv");
            Files.writeString(KB, "id,language,question,answer\n"
                    + "returns,zh-Hans,怎么退货," + RETURNS_ZH + "\n"
                    + "returns,en,How do I return an item?,\"" + RETURNS_EN + "\"\n"
                    + "shipping-rules,zh-Hans,运费规则是什么," + LONG_ZH + "\n"
                    + "shipping-rules,en,What are the shipping fee rules?,\"" + LONG_EN + "\"\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String longText(String sentence, int times) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= times; i++) {
            text.append(String.format(sentence, i));
        }
        return text.toString().strip();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kefu.data-dir", () -> DATA_DIR.resolve("data").toString());
        registry.add("kefu.kb.path", KB::toString);
        registry.add("kefu.chat.rate-burst", () -> "1000");
        registry.add("kefu.chat.rate-per-minute", () -> "100000");
        registry.add("kefu.channels.http.initial-backoff", () -> "20ms");
        registry.add("kefu.channels.http.max-backoff", () -> "100ms");
        registry.add("kefu.channels.http.max-attempts", () -> "4");
        registry.add("kefu.channels.abuse.strikes", () -> "2");

        registry.add("kefu.channels.telegram.enabled", () -> "true");
        registry.add("kefu.channels.telegram.bot-token", () -> TELEGRAM_TOKEN);
        registry.add("kefu.channels.telegram.bot-username", () -> "kefu_demo_bot");
        registry.add("kefu.channels.telegram.secret-token", () -> TELEGRAM_SECRET);
        registry.add("kefu.channels.telegram.base-url", () -> PLATFORMS.baseUrl() + "/telegram");
        registry.add("kefu.channels.telegram.groups.[-1001].moderators", () -> TELEGRAM_MODERATOR);
        registry.add("kefu.channels.telegram.groups.[-1002].answer-when", () -> "all");

        registry.add("kefu.channels.slack.enabled", () -> "true");
        registry.add("kefu.channels.slack.bot-token", () -> SLACK_TOKEN);
        registry.add("kefu.channels.slack.signing-secret", () -> SLACK_SIGNING_SECRET);
        registry.add("kefu.channels.slack.base-url", () -> PLATFORMS.baseUrl() + "/slack/api");
        registry.add("kefu.channels.slack.groups.C0GENERAL.moderators", () -> SLACK_MODERATOR);

        registry.add("kefu.channels.dingtalk.enabled", () -> "true");
        registry.add("kefu.channels.dingtalk.app-secret", () -> DINGTALK_SECRET);
        registry.add("kefu.channels.dingtalk.base-url", () -> PLATFORMS.baseUrl() + "/dingtalk");
        registry.add("kefu.channels.dingtalk.groups.cidGROUP1.moderators", () -> DINGTALK_MODERATOR);

        registry.add("kefu.channels.feishu.enabled", () -> "true");
        registry.add("kefu.channels.feishu.app-id", () -> "cli_a1b2c3d4e5f6");
        registry.add("kefu.channels.feishu.app-secret", () -> FEISHU_APP_SECRET);
        registry.add("kefu.channels.feishu.encrypt-key", () -> FEISHU_ENCRYPT_KEY);
        registry.add("kefu.channels.feishu.verification-token", () -> FEISHU_VERIFICATION_TOKEN);
        registry.add("kefu.channels.feishu.bot-open-id", () -> FEISHU_BOT);
        registry.add("kefu.channels.feishu.base-url", () -> PLATFORMS.baseUrl() + "/feishu");
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected Engine engine;

    final HttpClient http = HttpClient.newHttpClient();

    /** Every platform API call succeeds, as the platforms answer it, unless a test says otherwise. */
    @BeforeEach
    protected void platformsAnswer() {
        PLATFORMS.resetAll();
        PLATFORMS.stubFor(post(urlPathMatching("/telegram/.*")).atPriority(10)
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":true,\"result\":{\"message_id\":1}}")));
        PLATFORMS.stubFor(post(urlPathMatching("/slack/api/chat.postMessage")).atPriority(10)
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":true,\"channel\":\"C0GENERAL\",\"ts\":\"1700000000.000200\"}")));
        PLATFORMS.stubFor(post(urlPathMatching("/slack/api/conversations.open")).atPriority(10)
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":true,\"channel\":{\"id\":\"D0PRIVATE\"}}")));
        PLATFORMS.stubFor(post(urlPathMatching("/dingtalk/.*")).atPriority(10)
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        PLATFORMS.stubFor(post(urlPathMatching("/feishu/open-apis/auth/v3/tenant_access_token/internal")).atPriority(10)
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"" + FEISHU_TENANT_TOKEN
                                + "\",\"expire\":7200}")));
        PLATFORMS.stubFor(post(urlPathMatching("/feishu/open-apis/im/v1/messages.*")).atPriority(10)
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":0,\"msg\":\"success\",\"data\":{\"message_id\":\"om_sent\"}}")));
        PLATFORMS.stubFor(post(anyUrl()).atPriority(100).willReturn(aResponse().withStatus(404)));
    }

    protected HttpResponse<String> call(String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    protected static String json(Object value) {
        return InboundPayloads.json(value);
    }
}
