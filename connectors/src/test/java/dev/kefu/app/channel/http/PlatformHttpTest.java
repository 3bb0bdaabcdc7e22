package dev.kefu.app.channel.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class PlatformHttpTest {

    private static final String TOKEN = "xoxb-never-in-a-log";
    private static final WireMockServer api = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    private final PlatformHttp http = PlatformHttp.builder().maxAttempts(4)
            .backoff(Duration.ofMillis(10), Duration.ofMillis(50)).requestTimeout(Duration.ofMillis(500)).build();

    @BeforeAll
    static void start() {
        api.start();
    }

    @AfterAll
    static void stop() {
        api.stop();
    }

    @BeforeEach
    void reset() {
        api.resetAll();
    }

    private PlatformRequest request() {
        return PlatformRequest.post("test send", URI.create(api.baseUrl() + "/bot" + TOKEN + "/send"),
                Map.of("Authorization", "Bearer " + TOKEN), "{\"text\":\"你好\"}");
    }

    private void failFirst(int times, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder failure) {
        String state = Scenario.STARTED;
        for (int i = 1; i <= times; i++) {
            api.stubFor(post(urlEqualTo("/bot" + TOKEN + "/send")).inScenario("flaky").whenScenarioStateIs(state)
                    .willReturn(failure).willSetStateTo("failed " + i));
            state = "failed " + i;
        }
        api.stubFor(post(urlEqualTo("/bot" + TOKEN + "/send")).inScenario("flaky").whenScenarioStateIs(state)
                .willReturn(aResponse().withBody("{\"ok\":true}")));
    }

    @Test
    void retriesServerErrorsTimeoutsAndBrokenConnections() {
        failFirst(1, aResponse().withStatus(500));
        assertThat(http.send(request()).body()).isEqualTo("{\"ok\":true}");
        reset();
        failFirst(1, aResponse().withFixedDelay(1_500));
        assertThat(http.send(request()).status()).isEqualTo(200);
        reset();
        failFirst(2, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        assertThat(http.send(request()).status()).isEqualTo(200);
        api.verify(3, postRequestedFor(urlEqualTo("/bot" + TOKEN + "/send")));
    }

    @Test
    void waitsWhatA429AsksForInTheHeaderOrWhereThePlatformPutsIt() {
        // a patient client: on a busy machine a 500 ms timeout could take the 429 for a timeout and retry sooner
        PlatformHttp http = PlatformHttp.builder().maxAttempts(4)
                .backoff(Duration.ofMillis(10), Duration.ofMillis(50)).requestTimeout(Duration.ofSeconds(10)).build();
        failFirst(1, aResponse().withStatus(429).withHeader("Retry-After", "1"));
        long start = System.nanoTime();
        http.send(request());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));

        reset();
        failFirst(1, aResponse().withStatus(429).withBody("{\"parameters\":{\"retry_after\":1}}"));
        start = System.nanoTime();
        http.send(request().withRetryAfter(r -> r.body().contains("retry_after\":1") ? java.util.Optional.of(Duration.ofSeconds(1))
                : java.util.Optional.empty()));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void givesUpAfterTheLastAttemptAndAtOnceOnARefusalWithoutLoggingSecrets(CapturedOutput output) {
        api.stubFor(post(urlEqualTo("/bot" + TOKEN + "/send")).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> http.send(request())).isInstanceOf(PlatformCallException.class)
                .hasMessage("test send failed after 4 attempts, last HTTP 503")
                .satisfies(e -> assertThat(((PlatformCallException) e).permanent()).isFalse());
        api.verify(4, postRequestedFor(urlEqualTo("/bot" + TOKEN + "/send")));

        reset();
        api.stubFor(post(urlEqualTo("/bot" + TOKEN + "/send")).willReturn(aResponse().withStatus(401)
                .withBody("{\"ok\":false,\"error\":\"invalid_auth\"}")));
        assertThatThrownBy(() -> http.send(request())).isInstanceOf(PlatformCallException.class)
                .hasMessageContaining("HTTP 401").hasMessageContaining("invalid_auth")
                .satisfies(e -> assertThat(((PlatformCallException) e).permanent()).isTrue());
        api.verify(1, postRequestedFor(urlEqualTo("/bot" + TOKEN + "/send")));
        assertThat(output.getAll()).contains("test send").doesNotContain(TOKEN);
        assertThat(request().toString()).doesNotContain(TOKEN);
    }

    @Test
    void refusesBadSettings() {
        assertThatThrownBy(() -> PlatformHttp.builder().maxAttempts(0).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlatformHttp.builder().backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
