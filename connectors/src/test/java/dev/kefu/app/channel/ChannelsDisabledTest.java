package dev.kefu.app.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.app.channel.dingtalk.DingTalkProperties;
import dev.kefu.app.channel.feishu.FeishuProperties;
import dev.kefu.app.channel.slack.SlackProperties;
import dev.kefu.app.channel.telegram.TelegramProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Connectors that are not enabled expose nothing, even with their secrets configured, and secrets are never printed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ChannelsDisabledTest {

    private static final String SECRET = "s3cr3t-never-printed";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kefu.data-dir", dataDir::toString);
        registry.add("kefu.channels.telegram.bot-token", () -> "42:" + SECRET);
        registry.add("kefu.channels.telegram.secret-token", () -> SECRET);
        registry.add("kefu.channels.slack.enabled", () -> "false");
        registry.add("kefu.channels.slack.signing-secret", () -> SECRET);
        registry.add("kefu.channels.dingtalk.app-secret", () -> SECRET);
        registry.add("kefu.channels.feishu.app-secret", () -> SECRET);
        registry.add("kefu.channels.feishu.encrypt-key", () -> SECRET);
    }

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/channels/telegram/webhook", "/api/v1/channels/slack/events", "/api/v1/channels/dingtalk/callback",
            "/api/v1/channels/feishu/events"})
    void answers404ForDisabledConnectors(String path, CapturedOutput output) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString("{\"update_id\":1}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(output.getAll()).doesNotContain(SECRET);
    }

    @Test
    void neverShowsSecretsInTheSettings() {
        TelegramProperties telegram = new TelegramProperties(true, "42:" + SECRET, "kefu_bot", SECRET, "https://api.telegram.org",
                new TelegramProperties.Polling(false, java.time.Duration.ofSeconds(25), 100), Map.of(), null);
        SlackProperties slack = new SlackProperties(true, "xoxb-" + SECRET, SECRET, "U1", "https://slack.com/api", Map.of(), null);
        DingTalkProperties dingTalk = new DingTalkProperties(true, SECRET, "https://oapi.dingtalk.com", Map.of(), null);
        FeishuProperties feishu = new FeishuProperties(true, "cli_app", SECRET, SECRET, SECRET, "ou_bot", "https://open.feishu.cn",
                Map.of(), null);
        assertThat(telegram.toString() + slack + dingTalk + feishu).doesNotContain(SECRET).contains("***");
    }
}
