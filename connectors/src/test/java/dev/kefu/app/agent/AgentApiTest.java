package dev.kefu.app.agent;

import static dev.kefu.app.agent.AgentHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.handoff.AgentDesk;
import dev.kefu.core.handoff.AgentStatusStore;
import dev.kefu.core.handoff.Presence;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The agent API over real HTTP on the embedded stores, with customers talking through the chat
 * API: every endpoint, in zh-Hans, zh-Hant and en, and what bad or hostile requests get.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgentApiTest {

    static final String TOKEN = "agent-test-token-91c2";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("kefu-agent-test");
        registry.add("kefu.data-dir", dir::toString);
        registry.add("kefu.admin.token", () -> TOKEN);
        registry.add("kefu.chat.rate-burst", () -> "1000");
        registry.add("kefu.chat.rate-per-minute", () -> "100000");
        registry.add("kefu.handoff.agents[0].id", () -> "alice");
        registry.add("kefu.handoff.agents[0].name", () -> "Alice 王");
        registry.add("kefu.handoff.agents[0].languages", () -> "zh,en");
        registry.add("kefu.handoff.agents[0].skills", () -> "billing");
        registry.add("kefu.handoff.agents[0].capacity", () -> "50");
        registry.add("kefu.handoff.agents[1].id", () -> "bob");
        registry.add("kefu.handoff.agents[1].languages", () -> "zh-Hant,en");
        registry.add("kefu.handoff.agents[1].skills", () -> "complaints");
        registry.add("kefu.handoff.agents[2].id", () -> "dora");
        registry.add("kefu.handoff.agents[2].languages", () -> "zh-Hans");
        registry.add("kefu.handoff.agents[2].capacity", () -> "1");
        registry.add("kefu.handoff.agents[3].id", () -> "erin");
        registry.add("kefu.handoff.agents[3].languages", () -> "zh,en");
        registry.add("kefu.handoff.agents[3].skills", () -> "returns");
        registry.add("kefu.handoff.agents[3].capacity", () -> "50");
        registry.add("kefu.handoff.assignment", () -> "least-loaded");
        // no round of the scheduler during the tests: what is assigned is assigned at once
        registry.add("kefu.handoff.check-interval", () -> "1h");
    }

    @LocalServerPort
    int port;
    @Autowired
    AgentStatusStore agentStatus;
    @Autowired
    AgentDesk desk;
    private AgentHttp alice;

    @BeforeEach
    void client() {
        alice = new AgentHttp(port, TOKEN, "alice");
    }

    private String queued(String user, String ask) throws Exception {
        JsonNode answer = alice.chat(user, ask);
        assertThat(answer.get("state").asString()).isEqualTo("QUEUED");
        return answer.get("conversationId").asString();
    }

    private String claimed(String user, String ask) throws Exception {
        String id = queued(user, ask);
        assertThat(alice.post("/conversations/" + id + "/claim").statusCode()).isEqualTo(200);
        return id;
    }

    @Test
    @Order(1)
    void anAgentGoingOnlineIsAssignedAWaitingConversationOfTheirLanguage() throws Exception {
        String id = queued("presence-1", "转人工");
        AgentHttp dora = alice.as("dora");
        HttpResponse<String> online = dora.put("/agents/dora/presence", Map.of("presence", "online"));
        assertThat(online.statusCode()).isEqualTo(200);
        assertThat(json(online).get("presence").asString()).isEqualTo("ONLINE");
        JsonNode read = json(dora.get("/conversations/" + id));
        assertThat(read.get("state").asString()).isEqualTo("AGENT");
        assertThat(read.get("assignee").asString()).isEqualTo("dora");
        assertThat(json(dora.put("/agents/dora/presence", Map.of("presence", "OFFLINE"))).get("conversations").asInt())
                .isEqualTo(1);
        // nobody sets another agent's presence, and the value must be one of the three
        assertThat(dora.put("/agents/alice/presence", Map.of("presence", "ONLINE")).statusCode()).isEqualTo(403);
        assertThat(dora.put("/agents/dora/presence", Map.of("presence", "busy")).statusCode()).isEqualTo(400);
        assertThat(dora.put("/agents/dora/presence", Map.of()).statusCode()).isEqualTo(400);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "转人工|zh-Hans|排在第|已接入|请拨打 13812345678|请拨打 [PHONE]",
        "轉人工|zh-Hant|排在第|已接入|請撥打 13812345678|請撥打 [PHONE]",
        "talk to a human|en|queue|has joined|Call 13812345678 please|Call [PHONE] please"})
    void anAgentWorksAConversationFromTheQueueToResolved(String ask, String language, String told, String joined,
                                                         String reply, String stored) throws Exception {
        String user = "journey-" + language;
        JsonNode handedOff = alice.chat(user, ask);
        String id = handedOff.get("conversationId").asString();
        assertThat(handedOff.get("replies").findValuesAsString("text")).anySatisfy(t -> assertThat(t).contains(told));

        JsonNode queue = json(alice.get("/queue")).get("conversations");
        JsonNode mine = StreamSupport.stream(queue.spliterator(), false).filter(c -> c.get("id").asString().equals(id))
                .findFirst().orElseThrow();
        assertThat(mine.get("reason").asString()).isEqualTo("USER_REQUEST");
        assertThat(mine.get("language").asString()).isEqualTo(language);
        assertThat(mine.get("position").asInt()).isPositive();
        assertThat(mine.get("waitSeconds").asLong()).isNotNegative();
        assertThat(mine.has("sentiment")).isTrue();

        JsonNode claim = json(alice.post("/conversations/" + id + "/claim"));
        assertThat(claim.get("state").asString()).isEqualTo("AGENT");
        assertThat(claim.get("assignee").asString()).isEqualTo("alice");

        JsonNode customer = alice.chat(user, "我的订单号是 A20260301，还没到");
        assertThat(customer.get("state").asString()).isEqualTo("AGENT");
        assertThat(customer.get("replies")).isEmpty();

        assertThat(alice.post("/conversations/" + id + "/messages", Map.of("text", reply)).statusCode()).isEqualTo(200);
        assertThat(alice.post("/conversations/" + id + "/notes", Map.of("text", "VIP 客户 vip customer")).statusCode())
                .isEqualTo(200);

        JsonNode read = json(alice.get("/conversations/" + id));
        assertThat(read.get("state").asString()).isEqualTo("AGENT");
        assertThat(read.get("language").asString()).isIn(language, "zh-Hans");
        assertThat(read.get("transcript").findValuesAsString("text")).contains(stored).anySatisfy(t -> assertThat(t).contains(joined));
        assertThat(read.get("transcript").findValuesAsString("kind")).contains("CUSTOMER_MESSAGE", "AGENT_MESSAGE", "BOT_REPLY")
                .doesNotContain("AGENT_NOTE");
        assertThat(read.get("notes")).singleElement().satisfies(n -> assertThat(n.get("actor").asString()).isEqualTo("agent:alice"));
        assertThat(read.get("summary").get("text").asString()).isNotBlank();
        assertThat(read.get("summary").get("entities").toString()).contains("ORDER_NUMBER A20260301");
        assertThat(read.get("analysis").get("handoffReason").asString()).isEqualTo("USER_REQUEST");
        assertThat(read.get("analysis").get("intents").toString()).contains("ask_human");

        JsonNode transferred = json(alice.post("/conversations/" + id + "/transfer", Map.of("skill", "complaints")));
        assertThat(transferred.get("state").asString()).isEqualTo("QUEUED");
        assertThat(json(alice.as("bob").post("/conversations/" + id + "/claim")).get("assignee").asString()).isEqualTo("bob");
        JsonNode direct = json(alice.as("bob").post("/conversations/" + id + "/transfer", Map.of("toAgentId", "alice")));
        assertThat(direct.get("assignee").asString()).isEqualTo("alice");
        assertThat(json(alice.post("/conversations/" + id + "/return")).get("state").asString()).isEqualTo("BOT");
        assertThat(alice.chat(user, "转人工").get("state").asString()).isEqualTo("QUEUED");
        assertThat(json(alice.post("/conversations/" + id + "/resolve")).get("state").asString()).isEqualTo("RESOLVED");
        assertThat(alice.chat(user, "hello").get("conversationId").asString()).isNotEqualTo(id);
    }

    @Test
    void withoutTheTokenOrWithAWrongOneTheAnswerIs401() throws Exception {
        assertThat(alice.withToken(null).get("/queue").statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = alice.withToken("not-the-token").post("/conversations/x/claim");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json(wrong).get("status").asInt()).isEqualTo(401);
    }

    @Test
    void theActingAgentMustBeNamedAndConfigured() throws Exception {
        HttpResponse<String> missing = alice.as(null).get("/queue");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        HttpResponse<String> unknown = alice.as("mallory").get("/queue");
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(json(unknown).get("detail").asString()).contains("X-Kefu-Agent");
        assertThat(alice.as("mallory").post("/conversations/x/resolve").statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownConversationIs404() throws Exception {
        for (String path : new String[] {"/claim", "/return", "/resolve"}) {
            assertThat(alice.post("/conversations/no-such-id" + path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(alice.get("/conversations/no-such-id").statusCode()).isEqualTo(404);
        assertThat(alice.post("/conversations/no-such-id/messages", Map.of("text", "hi")).statusCode()).isEqualTo(404);
        assertThat(json(alice.post("/conversations/no-such-id/notes", Map.of("text", "hi"))).get("detail").asString())
                .contains("no-such-id");
    }

    @Test
    void anIllegalMoveIs409AndChangesNothing() throws Exception {
        String id = claimed("conflict-1", "转人工");
        assertThat(alice.as("bob").post("/conversations/" + id + "/claim").statusCode()).isEqualTo(409);
        assertThat(alice.as("bob").post("/conversations/" + id + "/messages", Map.of("text", "hi")).statusCode()).isEqualTo(409);
        assertThat(alice.as("bob").post("/conversations/" + id + "/resolve").statusCode()).isEqualTo(409);
        String bot = alice.chat("conflict-2", "你好").get("conversationId").asString();
        assertThat(alice.post("/conversations/" + bot + "/claim").statusCode()).isEqualTo(409);
        assertThat(alice.post("/conversations/" + bot + "/messages", Map.of("text", "hi")).statusCode()).isEqualTo(409);
        assertThat(alice.post("/conversations/" + bot + "/transfer", Map.of("skill", "billing")).statusCode()).isEqualTo(409);
        assertThat(json(alice.get("/conversations/" + id)).get("assignee").asString()).isEqualTo("alice");
        assertThat(alice.post("/conversations/" + id + "/transfer", Map.of("toAgentId", "alice")).statusCode()).isEqualTo(409);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"{\"text\":\"\"}", "{\"text\":\"   \\n\\t\"}", "{}", "{\"text\":null}", "{\"text\":5}",
        "{\"text\":[\"a\"]}", "not json", "{\"text\":\"unterminated", "[]"})
    void aBadMessageOrNoteIs400AndStoresNothing(String body) throws Exception {
        String id = claimed("bad-" + Math.abs(body.hashCode()), "talk to a human");
        int before = json(alice.get("/conversations/" + id)).get("transcript").size();
        HttpResponse<String> message = alice.postRaw("/conversations/" + id + "/messages", body);
        assertThat(message.statusCode()).isEqualTo(400);
        assertThat(json(message).get("status").asInt()).isEqualTo(400);
        assertThat(alice.postRaw("/conversations/" + id + "/notes", body).statusCode()).isEqualTo(400);
        JsonNode after = json(alice.get("/conversations/" + id));
        assertThat(after.get("transcript")).hasSize(before);
        assertThat(after.get("notes")).isEmpty();
    }

    @Test
    void tooLongATextIs400AndTooLargeABodyIs413() throws Exception {
        String id = claimed("long-1", "转人工");
        HttpResponse<String> tooLong = alice.post("/conversations/" + id + "/messages", Map.of("text", "长".repeat(2001)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json(tooLong).get("detail").asString()).contains("2000");
        assertThat(alice.post("/conversations/" + id + "/messages", Map.of("text", "长".repeat(2000))).statusCode()).isEqualTo(200);
        HttpResponse<String> huge = alice.post("/conversations/" + id + "/notes", Map.of("text", "x".repeat(10 * 1024 * 1024)));
        assertThat(huge.statusCode()).isEqualTo(413);
    }

    @Test
    void aTransferNeedsExactlyOneTargetThatExists() throws Exception {
        String id = claimed("transfer-1", "talk to a human");
        assertThat(alice.post("/conversations/" + id + "/transfer", Map.of()).statusCode()).isEqualTo(400);
        assertThat(alice.post("/conversations/" + id + "/transfer", Map.of("toAgentId", "bob", "skill", "billing")).statusCode())
                .isEqualTo(400);
        assertThat(alice.post("/conversations/" + id + "/transfer", Map.of("toAgentId", "nobody")).statusCode()).isEqualTo(404);
        HttpResponse<String> skill = alice.post("/conversations/" + id + "/transfer", Map.of("skill", "astrology"));
        assertThat(skill.statusCode()).isEqualTo(400);
        assertThat(json(skill).get("detail").asString()).contains("astrology");
        assertThat(json(alice.get("/conversations/" + id)).get("state").asString()).isEqualTo("AGENT");
    }

    /**
     * The handoff work group on the embedded store: a conversation put back in the queue is assigned
     * at once although nothing calls the dispatcher (the desk is used directly, not through the
     * endpoint that dispatches after a transfer) and the scheduler's round is an hour away.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"转人工", "轉人工", "talk to a human"})
    void aConversationTransferredBackToTheQueueGoesAtOnceToAnOnlineAgentWithTheSkill(String ask) throws Exception {
        String id = claimed("requeue-" + Math.abs(ask.hashCode()), ask);
        agentStatus.presence("erin", Presence.ONLINE);
        try {
            assertThat(desk.transferToSkill("alice", id, "returns").state()).isEqualTo(ConversationState.QUEUED);
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(json(alice.get("/conversations/" + id)).get("assignee").asString()).isEqualTo("erin"));
        } finally {
            agentStatus.presence("erin", Presence.OFFLINE);
        }
    }

    @Test
    void hostileTextIsStoredAsTextAndReturnedAsJson() throws Exception {
        String id = claimed("hostile-1", "转人工");
        String hostile = "<script>alert('x')</script> \"'; DROP TABLE--\u0000 😡 ｆｕｌｌ 𠀀";
        assertThat(alice.post("/conversations/" + id + "/messages", Map.of("text", hostile)).statusCode()).isEqualTo(200);
        JsonNode read = json(alice.get("/conversations/" + id));
        assertThat(read.get("transcript").findValuesAsString("text")).contains(hostile);
    }

    @Test
    void everyTranscriptAnAgentOpensIsInTheAuditLog() throws Exception {
        String id = claimed("audited", "轉人工");
        JsonNode before = json(alice.admin("/audit?conversationId=" + id));
        assertThat(alice.get("/conversations/" + id).statusCode()).isEqualTo(200);

        JsonNode after = json(alice.admin("/audit?conversationId=" + id));
        assertThat(after.size()).isEqualTo(before.size() + 1);
        assertThat(after.get(0).get("action").asString()).isEqualTo("transcript.read");
        assertThat(after.get(0).get("actor").asString()).isEqualTo("agent:alice");
    }

    @Test
    void withoutALanguageModelTheAssistantOffersNothingAndSaysSo() throws Exception {
        String id = queued("no-model", "talk to a human");
        HttpResponse<String> response = alice.get("/conversations/" + id + "/assist");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode assist = json(response);
        assertThat(assist.get("model").asBoolean()).isFalse();
        assertThat(assist.path("summary").isMissingNode() || assist.get("summary").isNull()).isTrue();
        assertThat(assist.get("suggestedReplies")).isEmpty();
        assertThat(alice.get("/conversations/no-such-conversation/assist").statusCode()).isEqualTo(404);
    }

    @Test
    void everyRequestOfAnAgentKeepsTheirPresenceFromLapsing() throws Exception {
        AgentHttp bob = alice.as("bob");
        java.time.Instant before = java.time.Instant.now();
        assertThat(bob.get("/queue").statusCode()).isEqualTo(200);
        assertThat(agentStatus.lastSeen("bob")).hasValueSatisfying(seen -> assertThat(seen).isAfterOrEqualTo(before));
        // a request naming no configured agent is seen for nobody
        assertThat(alice.as("mallory").get("/queue").statusCode()).isEqualTo(403);
        assertThat(agentStatus.lastSeen("mallory")).isEmpty();
    }
}
