package dev.kefu.app.channel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kefu.app.channel.AgentReplyRouter;
import dev.kefu.app.channel.ChannelState;
import dev.kefu.app.channel.InMemoryChannelState;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.events.LocalConversationEventBus;
import dev.kefu.core.events.LocalWorkFeed;
import dev.kefu.core.store.ConversationStore;
import dev.kefu.core.store.journal.JournalConversationStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The web chat's outbound adapter behind the agent reply router, exactly as a platform's: an agent's
 * message in a conversation routed to a visitor wakes that visitor's open widgets, on every instance
 * that shares the state, and nothing else.
 */
class WebChannelTest {

    /** The visitors woken on one instance. */
    private static final class Woken implements VisitorSessions {
        final List<String> visitors = new CopyOnWriteArrayList<>();

        @Override
        public void wake(String visitorId) {
            visitors.add(visitorId);
        }
    }

    private final ChannelState shared = new InMemoryChannelState(100);
    private final LocalConversationEventBus bus = new LocalConversationEventBus();
    @TempDir
    Path journal;
    private ConversationStore store;
    private final List<AutoCloseable> opened = new ArrayList<>();
    private final Woken here = new Woken();
    private final Woken there = new Woken();

    @BeforeEach
    void twoInstances() {
        store = JournalConversationStore.open(journal);
        router(here);
        router(there);
    }

    /** One instance's router, with its own work feed: the web channel sends from the bus on each. */
    private void router(Woken woken) {
        LocalWorkFeed work = new LocalWorkFeed(bus, 1, Duration.ZERO);
        opened.add(work);
        opened.add(new AgentReplyRouter(bus, work, store, shared, List.of(new WebChannel(woken))));
    }

    @AfterEach
    void close() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
        store.close();
    }

    private void publish(String conversationId, long sequence, EventKind kind, String text) {
        bus.publish(List.of(new ConversationEvent(conversationId, sequence, Instant.now(), kind, "agent-li", text, Map.of())));
    }

    @ParameterizedTest
    @CsvSource({"zh-Hans, 您好，我是客服小李", "zh-Hant, 您好，我是客服小李，請問有什麼可以幫您？", "en, Hi, I'm Li from support"})
    void anAgentsReplyWakesTheVisitorsWidgetsOnEveryInstance(String language, String reply) {
        new WebInbound(shared, 2000, Clock.systemUTC()).watching("w-1", "c-1");

        publish("c-other", 4, EventKind.AGENT_MESSAGE, reply);
        publish("c-1", 5, EventKind.BOT_REPLY, reply);
        publish("c-1", 6, EventKind.AGENT_MESSAGE, reply);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(here.visitors).as(language).containsExactly("w-1");
            assertThat(there.visitors).as(language).containsExactly("w-1");
        });
    }
}
