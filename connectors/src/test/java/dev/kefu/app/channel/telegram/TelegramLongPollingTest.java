package dev.kefu.app.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.kefu.app.channel.ChannelApiTestSupport;
import dev.kefu.app.channel.InboundPayloads;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Long polling against WireMock: getUpdates with the offset after the last update, each update answered once. */
class TelegramLongPollingTest extends ChannelApiTestSupport {

    private static final String GET_UPDATES = "/telegram/bot" + TELEGRAM_TOKEN + "/getUpdates";
    private static final String SEND = "/telegram/bot" + TELEGRAM_TOKEN + "/sendMessage";

    @Autowired
    TelegramClient client;

    @Autowired
    TelegramUpdates updates;

    private static Map<String, Object> update(long updateId, long userId, String text) {
        return Map.of("update_id", updateId, "message", Map.of("message_id", 11, "date", 1_700_000_000, "text", text,
                "from", Map.of("id", userId, "is_bot", false, "first_name", "Lin", "language_code", "zh-hant"),
                "chat", Map.of("id", userId, "first_name", "Lin", "type", "private")));
    }

    @Test
    void pollsWithTheOffsetAfterTheLastUpdateAndAnswersEachOnce() throws Exception {
        PLATFORMS.stubFor(post(urlEqualTo(GET_UPDATES)).inScenario("poll").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
        PLATFORMS.stubFor(post(urlEqualTo(GET_UPDATES)).inScenario("poll").whenScenarioStateIs("up")
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(json(Map.of("ok", true,
                        "result", List.of(update(900_001, 8_801, "怎麼退貨"), update(900_002, 8_802, "How do I return an item?"))))))
                .willSetStateTo("drained"));
        PLATFORMS.stubFor(post(urlEqualTo(GET_UPDATES)).inScenario("poll").whenScenarioStateIs("drained")
                .willReturn(aResponse().withFixedDelay(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":true,\"result\":[]}")));

        TelegramLongPolling polling = new TelegramLongPolling(client, updates,
                new TelegramProperties.Polling(true, Duration.ofSeconds(1), 100));
        polling.start();
        try {
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                PLATFORMS.verify(postRequestedFor(urlEqualTo(GET_UPDATES)).withRequestBody(matchingJsonPath("$.offset", equalTo("900003"))));
                assertThat(PLATFORMS.findAll(postRequestedFor(urlEqualTo(SEND)))).hasSize(2);
            });
        } finally {
            polling.close();
        }
        List<String> answers = PLATFORMS.findAll(postRequestedFor(urlEqualTo(SEND))).stream()
                .map(r -> InboundPayloads.parse(r.getBodyAsString()))
                .map(m -> m.path("chat_id").asString() + " " + m.path("text").asString()).toList();
        assertThat(answers).anySatisfy(a -> assertThat(a).startsWith("8801 ").contains("7 天內"))
                .anySatisfy(a -> assertThat(a).startsWith("8802 ").contains("7 days"));
        PLATFORMS.verify(postRequestedFor(urlEqualTo(GET_UPDATES)).withRequestBody(matchingJsonPath("$.offset", equalTo("0")))
                .withRequestBody(matchingJsonPath("$.timeout", equalTo("1"))));
    }
}
