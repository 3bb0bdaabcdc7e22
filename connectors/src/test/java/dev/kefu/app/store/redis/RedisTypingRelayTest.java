package dev.kefu.app.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kefu.app.widget.TypingRelay.Actor;
import dev.kefu.app.widget.TypingRelay.Typing;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two instances, each with its own connections, relay typing to each other over a real redis-server. */
class RedisTypingRelayTest {

    @RegisterExtension
    static final RedisServer server = RedisServer.withoutPersistence();

    private final List<AutoCloseable> opened = new ArrayList<>();

    private RedisTypingRelay instance() {
        SharedRedis redis = server.connect();
        RedisTypingRelay relay = new RedisTypingRelay(redis);
        opened.add(redis);
        opened.add(relay);
        return relay;
    }

    @AfterEach
    void closeInstances() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    @Test
    void typingOnOneInstanceReachesTheOtherAndItsOwnListenersOnce() {
        RedisTypingRelay a = instance();
        RedisTypingRelay b = instance();
        List<Typing> seenOnA = new CopyOnWriteArrayList<>();
        List<Typing> seenOnB = new CopyOnWriteArrayList<>();
        a.subscribe(seenOnA::add);
        b.subscribe(seenOnB::add);
        List<Typing> customer = List.of(new Typing("会话-1", Actor.CUSTOMER, true), new Typing("會話-1", Actor.CUSTOMER, true),
                new Typing("conversation-1", Actor.CUSTOMER, false));

        customer.forEach(a::typing);

        assertThat(seenOnA).as("told at once, on the reporting thread").containsExactlyElementsOf(customer);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(seenOnB).containsExactlyElementsOf(customer));
        Typing agent = new Typing("conversation-1", Actor.AGENT, true);
        b.typing(agent);
        await().atMost(Duration.ofSeconds(5)).until(() -> seenOnA.size() == 4);
        sleepALittle();
        assertThat(seenOnA).containsExactly(customer.get(0), customer.get(1), customer.get(2), agent);
        assertThat(seenOnB).containsExactly(customer.get(0), customer.get(1), customer.get(2), agent);
    }

    @Test
    void aListenerStopsHearingWhenItUnsubscribes() {
        RedisTypingRelay a = instance();
        RedisTypingRelay b = instance();
        List<Typing> heard = new CopyOnWriteArrayList<>();
        List<Typing> stillListening = new CopyOnWriteArrayList<>();
        Runnable unsubscribe = b.subscribe(heard::add);
        b.subscribe(stillListening::add);
        unsubscribe.run();

        a.typing(new Typing("c1", Actor.AGENT, true));

        await().atMost(Duration.ofSeconds(5)).until(() -> stillListening.size() == 1);
        assertThat(heard).isEmpty();
    }

    @Test
    void ignoresMalformedSignalsAndDeploymentsWithOtherPrefixes() {
        RedisTypingRelay a = instance();
        List<Typing> heard = new CopyOnWriteArrayList<>();
        a.subscribe(heard::add);
        for (String malformed : List.of("not json {", "{}", "[1,2]",
                "{\"instance\":\"x\",\"conversationId\":\"c1\",\"actor\":\"BOT\",\"typing\":true}",
                "{\"instance\":\"x\",\"conversationId\":\"c1\",\"actor\":\"AGENT\"}",
                "{\"instance\":\"x\",\"conversationId\":\" \",\"actor\":\"AGENT\",\"typing\":true}",
                "{\"instance\":\"x\",\"actor\":\"CUSTOMER\",\"typing\":false}",
                "{\"conversationId\":\"c1\",\"actor\":\"CUSTOMER\",\"typing\":false}")) {
            server.redis().call(c -> c.publish("kefu:typing", malformed));
        }
        try (SharedRedis redis = SharedRedis.builder().uri(server.uri()).keyPrefix("staging:").build();
             RedisTypingRelay staging = new RedisTypingRelay(redis)) {
            staging.typing(new Typing("c1", Actor.AGENT, true));
            Typing wellFormed = new Typing("c2", Actor.CUSTOMER, false);
            instance().typing(wellFormed);
            await().atMost(Duration.ofSeconds(5)).until(() -> heard.size() == 1);
            sleepALittle();
            assertThat(heard).containsExactly(wellFormed);
        }
    }

    private static void sleepALittle() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
