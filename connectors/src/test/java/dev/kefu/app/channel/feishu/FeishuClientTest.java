package dev.kefu.app.channel.feishu;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.kefu.app.channel.Destination;
import dev.kefu.app.channel.InboundPayloads;
import dev.kefu.app.channel.OutboundMessage;
import dev.kefu.app.channel.http.PlatformCallException;
import dev.kefu.app.channel.http.PlatformHttp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Feishu Open API calls against WireMock: the tenant token taken once, replies, messages to chats and members. */
class FeishuClientTest {

    private final WireMockServer feishu = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private FeishuClient client;

    @BeforeEach
    void start() {
        feishu.start();
        feishu.stubFor(post(urlEqualTo("/open-apis/auth/v3/tenant_access_token/internal")).willReturn(aResponse()
                .withBody("{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"t-abc\",\"expire\":7200}")));
        feishu.stubFor(post(urlPathMatching("/open-apis/im/v1/messages.*")).willReturn(aResponse()
                .withBody("{\"code\":0,\"msg\":\"success\",\"data\":{\"message_id\":\"om_new\"}}")));
        PlatformHttp http = PlatformHttp.builder().maxAttempts(2).backoff(Duration.ofMillis(10), Duration.ofMillis(20)).build();
        client = new FeishuClient(http, feishu.baseUrl() + "/", "cli_app", "app-secret", Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        feishu.stop();
    }

    private static String text(LoggedRequest request) {
        return InboundPayloads.parse(InboundPayloads.parse(request.getBodyAsString()).path("content").asString()).path("text").asString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "zh-Hans | 签收后 **7 天内** 可以申请[退货](https://shop.example/returns)。 | 签收后 7 天内 可以申请退货 (https://shop.example/returns)。",
        "zh-Hant | 簽收後 **7 天內** 可以申請退貨。                               | 簽收後 7 天內 可以申請退貨。",
        "en      | Return within **7 days**; <at user_id=\"all\"></at> ignored    | Return within 7 days; ‹at user_id=\"all\"></at> ignored",
    })
    void repliesInPlainTextWithTheTokenItTookOnce(String language, String markdown, String plain) {
        client.send(new OutboundMessage("feishu:reply:1:1", Destination.chat("oc_group", null, false), client.format(markdown),
                "om_question", List.of("ou_member")));
        client.send(new OutboundMessage("feishu:reply:2:1", Destination.chat("oc_group", null, false), client.format(markdown),
                "om_other", List.of()));

        feishu.verify(1, postRequestedFor(urlEqualTo("/open-apis/auth/v3/tenant_access_token/internal"))
                .withRequestBody(equalToJson("{\"app_id\":\"cli_app\",\"app_secret\":\"app-secret\"}")));
        List<LoggedRequest> replies = feishu.findAll(postRequestedFor(urlEqualTo("/open-apis/im/v1/messages/om_question/reply"))
                .withHeader("Authorization", equalTo("Bearer t-abc")));
        assertThat(replies).as(language).singleElement().satisfies(r -> {
            assertThat(text(r)).isEqualTo("<at user_id=\"ou_member\"></at> " + plain);
            assertThat(InboundPayloads.parse(r.getBodyAsString()).path("uuid").asString()).hasSize(36);
        });
    }

    @Test
    void writesToAChatOrAMemberByTheirKindOfId() {
        client.send(new OutboundMessage("a:1", Destination.chat("oc_p2p_1", null, true), "您好", null, List.of()));
        client.send(new OutboundMessage("a:2", client.privateChat("ou_member").orElseThrow(), "您好", null, List.of()));

        feishu.verify(postRequestedFor(urlEqualTo("/open-apis/im/v1/messages?receive_id_type=chat_id"))
                .withRequestBody(equalToJson("{\"receive_id\":\"oc_p2p_1\"}", true, true)));
        feishu.verify(postRequestedFor(urlEqualTo("/open-apis/im/v1/messages?receive_id_type=open_id"))
                .withRequestBody(equalToJson("{\"receive_id\":\"ou_member\"}", true, true)));
    }

    @Test
    void aRefusalIsAPermanentFailureNamingFeishusCode() {
        feishu.stubFor(post(urlPathMatching("/open-apis/im/v1/messages.*")).willReturn(aResponse()
                .withBody("{\"code\":230002,\"msg\":\"Bot/User can NOT be out of the chat.\"}")));

        assertThatThrownBy(() -> client.send(new OutboundMessage("a:3", Destination.chat("oc_gone", null, false), "hi", null,
                List.of()))).isInstanceOf(PlatformCallException.class).hasMessageContaining("230002")
                .satisfies(e -> assertThat(((PlatformCallException) e).permanent()).isTrue());
    }
}
