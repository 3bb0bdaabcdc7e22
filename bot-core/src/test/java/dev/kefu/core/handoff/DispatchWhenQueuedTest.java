package dev.kefu.core.handoff;

import static dev.kefu.core.handoff.HandoffFixture.agent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.events.EventReference;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** The handoff work group's handler: the event that queues a conversation dispatches it at once; other events do not. */
class DispatchWhenQueuedTest {

    @TempDir
    Path dir;
    private HandoffFixture handoff;
    private DispatchWhenQueued handler;

    @BeforeEach
    void start() {
        handoff = new HandoffFixture(dir, List.of(agent("li", "zh en", "", 3)));
        handler = new DispatchWhenQueued(handoff.store, handoff.dispatcher);
    }

    @AfterEach
    void stop() {
        handoff.close();
    }

    private static EventReference reference(ConversationEvent event) {
        return new EventReference(event.conversationId(), event.sequence(), event.kind());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"zh-Hans, 转人工", "zh-Hant, 轉人工", "en, talk to a human"})
    void theEventThatQueuesAConversationAssignsItToAnOnlineAgentAtOnce(String language, String ask) {
        String id = handoff.say("u-" + language, ask).conversationId();
        assertThat(handoff.store.find(id).orElseThrow().state()).isEqualTo(ConversationState.QUEUED);
        List<ConversationEvent> events = handoff.store.events(id);
        ConversationEvent queued = events.stream().filter(e -> e.kind() == EventKind.STATE_CHANGED).reduce((a, b) -> b).orElseThrow();
        handoff.status.presence("li", Presence.ONLINE);

        events.stream().filter(e -> e != queued).map(DispatchWhenQueuedTest::reference).forEach(handler::handle);
        assertThat(handoff.store.find(id).orElseThrow().state()).as("no other event dispatches").isEqualTo(ConversationState.QUEUED);

        handler.handle(reference(queued));
        assertThat(handoff.store.find(id).orElseThrow().assignee()).isEqualTo("li");

        handler.handle(reference(queued));
        assertThat(handoff.store.find(id).orElseThrow().assignee()).as("a redelivery changes nothing").isEqualTo("li");
        handler.handle(new EventReference("gone", 2, EventKind.STATE_CHANGED));
    }
}
