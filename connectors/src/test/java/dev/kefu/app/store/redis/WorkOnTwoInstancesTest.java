package dev.kefu.app.store.redis;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.kefu.app.browser.KefuServer;
import dev.kefu.app.channel.AgentReplyRouter;
import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.engine.Engine;
import dev.kefu.core.handoff.AgentDesk;
import dev.kefu.core.handoff.Presence;
import io.lettuce.core.Consumer;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of kefu on one redis-server, with Telegram's Bot API stood in for by WireMock: the
 * work that must happen once (an agent's reply sent to Telegram, a queued conversation assigned)
 * is done by exactly one of them, also when the instance that first read it died before finishing,
 * and a newly queued conversation is assigned without waiting for the scheduler's round (an hour here).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkOnTwoInstancesTest {

    private static final String TOKEN = "123456:TELEGRAM-SECRET-TOKEN-xyz";
    private static final String SECRET = "webhook-secret-Abc123";
    private static final String SEND = "/telegram/bot" + TOKEN + "/sendMessage";
    private static final Duration MIN_IDLE = Duration.ofSeconds(1);
    private static final AtomicLong IDS = new AtomicLong(880_000);

    @RegisterExtension
    static final RedisServer redis = RedisServer.withoutPersistence();

    static final WireMockServer TELEGRAM = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    @TempDir
    static Path dataDirA;

    @TempDir
    static Path dataDirB;

    static KefuServer a;
    static KefuServer b;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTwoInstances() {
        TELEGRAM.start();
        Map<String, String> shared = Map.ofEntries(Map.entry("kefu.store", "redis"), Map.entry("kefu.redis.uri", redis.uri()),
                Map.entry("kefu.redis.work-min-idle", MIN_IDLE.toMillis() + "ms"),
                Map.entry("kefu.handoff.check-interval", "1h"),
                Map.entry("kefu.handoff.agents[0].id", "alice"), Map.entry("kefu.handoff.agents[0].languages", "zh,en"),
                Map.entry("kefu.handoff.agents[1].id", "bob"), Map.entry("kefu.handoff.agents[1].languages", "zh,en"),
                Map.entry("kefu.handoff.agents[1].skills", "billing"),
                Map.entry("kefu.channels.telegram.enabled", "true"), Map.entry("kefu.channels.telegram.bot-token", TOKEN),
                Map.entry("kefu.channels.telegram.bot-username", "kefu_demo_bot"),
                Map.entry("kefu.channels.telegram.secret-token", SECRET),
                Map.entry("kefu.channels.telegram.base-url", TELEGRAM.baseUrl() + "/telegram"));
        a = KefuServer.start(dataDirA, shared);
        b = KefuServer.start(dataDirB, shared);
    }

    @AfterAll
    static void stopThem() {
        for (KefuServer server : new KefuServer[] {a, b}) {
            if (server != null) {
                server.close();
            }
        }
        TELEGRAM.stop();
    }

    @BeforeEach
    void telegramAnswers() {
        TELEGRAM.resetAll();
        TELEGRAM.stubFor(post(urlPathMatching("/telegram/.*")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true,\"result\":{\"message_id\":1}}")));
    }

    /** A member writes to the bot in a private chat on instance A; returns their conversation. */
    private Conversation privateChatOnA(String text) throws Exception {
        long user = IDS.incrementAndGet();
        Map<String, Object> message = Map.of("message_id", 1, "date", 1_700_000_000, "text", text,
                "from", Map.of("id", user, "is_bot", false, "first_name", "Mei"),
                "chat", Map.of("id", user, "first_name", "Mei", "type", "private"));
        String update = JsonMapper.builder().build().writeValueAsString(Map.of("update_id", user, "message", message));
        HttpResponse<String> delivered = http.send(HttpRequest.newBuilder(URI.create(a.url("/api/v1/channels/telegram/webhook")))
                .header("Content-Type", "application/json").header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(update, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(delivered.statusCode()).isEqualTo(200);
        return a.bean(Engine.class).store().findOpen("telegram", Long.toString(user)).orElseThrow();
    }

    private static ConversationEvent agentMessage(Conversation conversation, String text) {
        return new ConversationEvent(conversation.id(), conversation.lastSequence() + 1, Instant.now(), EventKind.AGENT_MESSAGE,
                "agent:alice", text, Map.of());
    }

    private static RequestPatternBuilder sent(String text) {
        return postRequestedFor(urlEqualTo(SEND)).withRequestBody(matchingJsonPath("$.text", equalTo(text)));
    }

    private static void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    @ParameterizedTest(name = "{0}")
    @Order(1)
    @CsvSource(delimiter = '|', value = {
        "zh-Hans|怎么退货|您好，我是客服小李，请把订单号发给我",
        "zh-Hant|怎麼退貨|您好，我是客服小李，請把訂單號發給我",
        "en|How do I return an item?|Hi, this is Li from support: please send me your order number"})
    void anAgentsReplyIsSentToTelegramOnceByOneOfTheInstances(String language, String ask, String reply) throws Exception {
        Conversation conversation = privateChatOnA(ask);
        b.bean(Engine.class).store().append(List.of(agentMessage(conversation, reply)));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> TELEGRAM.verify(1, sent(reply)));
        sleep(MIN_IDLE.multipliedBy(3));
        TELEGRAM.verify(1, sent(reply));
        assertThat(redis.redis().call(c -> c.xpending("kefu:work", AgentReplyRouter.GROUP)).getCount()).isZero();
    }

    /** Agent alice puts a conversation back in the queue for billing: bob, online on no particular instance, gets it at once. */
    @Test
    @Order(2)
    void aConversationPutBackInTheQueueIsAssignedAtOnceWithoutTheRound() throws Exception {
        Conversation conversation = privateChatOnA("转人工");
        String id = conversation.id();
        AgentDesk deskOnB = b.bean(AgentDesk.class);
        assertThat(a.bean(Engine.class).store().find(id).orElseThrow().state()).isEqualTo(ConversationState.QUEUED);
        deskOnB.presence("alice", Presence.ONLINE);
        deskOnB.claim("alice", id);
        deskOnB.presence("bob", Presence.ONLINE);

        deskOnB.transferToSkill("alice", id, "billing");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Conversation now = a.bean(Engine.class).store().find(id).orElseThrow();
            assertThat(now.state()).isEqualTo(ConversationState.AGENT);
            assertThat(now.assignee()).isEqualTo("bob");
        });
        deskOnB.presence("alice", Presence.OFFLINE);
        deskOnB.presence("bob", Presence.OFFLINE);
    }

    /**
     * Both instances are down when the agent's reply is stored; a third reader takes it from the
     * group and dies before acknowledging. The instance that comes back takes it over after the
     * minimum idle time and sends it, once.
     */
    @Test
    @Order(3)
    void aReplyWhoseFirstReaderDiedBeforeAcknowledgingIsSentOnceByAnotherInstance() throws Exception {
        Conversation conversation = privateChatOnA("怎么退货");
        // the instances have their groups (created again after the previous test emptied Redis)
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> redis.redis()
                .call(c -> c.xinfoGroups("kefu:work")).toString().contains(AgentReplyRouter.GROUP));
        a.stop();
        b.stop();
        String reply = "抱歉久等了，退货地址已发给您 / sorry for the wait, the return address is on its way";
        try (SharedRedis elsewhere = redis.connect()) {
            new RedisConversationStore(elsewhere).append(List.of(agentMessage(conversation, reply)));
            List<StreamMessage<String, String>> read = elsewhere.call(c -> c.xreadgroup(
                    Consumer.from(AgentReplyRouter.GROUP, "instance-that-died"), XReadArgs.StreamOffset.lastConsumed("kefu:work")));
            assertThat(read).singleElement().satisfies(entry -> assertThat(entry.getBody())
                    .containsEntry("conversation", conversation.id()).containsEntry("kind", "AGENT_MESSAGE"));
        }
        TELEGRAM.verify(0, sent(reply));

        a.start();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> TELEGRAM.verify(1, sent(reply)));
        b.start();
        sleep(MIN_IDLE.multipliedBy(3));
        TELEGRAM.verify(1, sent(reply));
        assertThat(redis.redis().call(c -> c.xpending("kefu:work", AgentReplyRouter.GROUP)).getCount()).isZero();
    }
}
