package dev.kefu.app.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.events.ConversationEventBus;
import dev.kefu.core.store.StoreEvents;
import dev.kefu.core.store.ConversationStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chat API on {@code kefu.store=redis} while redis-server is killed mid-conversation and a new
 * one starts on the same port from the same append-only file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class RedisOutageApiTest {

    @RegisterExtension
    static final RedisServer server = RedisServer.withAppendOnlyFile();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kefu.store", () -> "redis");
        registry.add("kefu.redis.uri", server::uri);
        registry.add("kefu.data-dir", dataDir::toString);
        registry.add("kefu.chat.rate-burst", () -> "1000");
        registry.add("kefu.chat.rate-per-minute", () -> "100000");
    }

    @LocalServerPort
    int port;

    @Autowired
    ConversationStore store;

    @Autowired
    ConversationEventBus bus;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> say(String conversationId, String text) throws Exception {
        Map<String, String> body = new HashMap<>(Map.of("userId", "u1", "text", text));
        if (conversationId != null) {
            body.put("conversationId", conversationId);
        }
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/chat/messages"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private int health() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void answers503WhileRedisIsAwayLosesNoAcknowledgedMessageAndRecoversByItself() throws Exception {
        HttpResponse<String> first = say(null, "我要退货");
        assertThat(first.statusCode()).isEqualTo(200);
        String id = json.readTree(first.body()).get("conversationId").asString();
        assertThat(say(id, "運費怎麼算").statusCode()).isEqualTo(200);
        assertThat(say(id, "how long does shipping take?").statusCode()).isEqualTo(200);
        assertThat(health()).isEqualTo(200);

        server.kill();
        HttpResponse<String> away = say(id, "还在吗");
        assertThat(away.statusCode()).isEqualTo(503);
        assertThat(away.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        assertThat(away.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(away.body());
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("detail").asString()).contains("send it again");
        assertThat(health()).isEqualTo(503);

        server.start();
        HttpResponse<String> again = away;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (again.statusCode() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            again = say(id, "还在吗");
        }
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json.readTree(again.body()).get("conversationId").asString()).isEqualTo(id);
        assertThat(health()).isEqualTo(200);

        List<ConversationEvent> events = store.events(id);
        assertThat(events).filteredOn(e -> e.kind() == EventKind.CUSTOMER_MESSAGE).extracting(ConversationEvent::text)
                .containsExactly("我要退货", "運費怎麼算", "how long does shipping take?", "还在吗");
        assertThat(events).extracting(ConversationEvent::sequence).doesNotHaveDuplicates().isSorted();

        List<ConversationEvent> heard = new CopyOnWriteArrayList<>();
        bus.subscribe(heard::add);
        try (SharedRedis otherInstance = server.connect(); RedisConversationEventBus otherBus = new RedisConversationEventBus(otherInstance)) {
            ConversationEvent fromThere = StoreEvents.message("elsewhere", 2, "另一台實例 another instance");
            otherBus.publish(List.of(fromThere));
            long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (heard.isEmpty() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(heard).as("the service subscribed to the other instances' events again").containsExactly(fromThere);
        }
    }
}
