package dev.kefu.core.handoff;

import static dev.kefu.core.handoff.HandoffFixture.MONDAY_TEN_SHANGHAI;
import static dev.kefu.core.handoff.HandoffFixture.agent;
import static dev.kefu.core.handoff.QueuedConversations.queue;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.conversation.HandoffReason;
import dev.kefu.core.handoff.Dispatcher.Assignment;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Automatic assignment: language, skill, capacity, presence, and the two ways of taking turns. */
class DispatcherTest {

    private static final Instant T0 = MONDAY_TEN_SHANGHAI;

    @TempDir
    Path dir;
    private HandoffFixture handoff;

    private HandoffFixture start(List<Agent> agents, AssignmentStrategy strategy, SkillRouting routing) {
        handoff = new HandoffFixture(dir, agents, BusinessHours.ALWAYS_OPEN, strategy, routing);
        agents.forEach(a -> handoff.status.presence(a.id(), Presence.ONLINE));
        return handoff;
    }

    @AfterEach
    void stop() {
        handoff.close();
    }

    @Test
    void routesByTheCustomersLanguageWithZhServingBothScripts() {
        start(List.of(agent("zhu", "zh", "", 5), agent("emma", "en", "", 5), agent("lin", "zh-Hant", "", 5)),
                AssignmentStrategy.LEAST_LOADED, SkillRouting.NONE);
        queue(handoff.store, "simplified", "zh-Hans", HandoffReason.USER_REQUEST, T0);
        queue(handoff.store, "traditional", "zh-Hant", HandoffReason.USER_REQUEST, T0);
        queue(handoff.store, "english", "en", HandoffReason.USER_REQUEST, T0);
        assertThat(handoff.dispatcher.dispatch()).containsExactlyInAnyOrder(new Assignment("simplified", "zhu"),
                new Assignment("traditional", "lin"), new Assignment("english", "emma"));
        assertThat(handoff.store.find("traditional").orElseThrow().assignee()).isEqualTo("lin");
    }

    @Test
    void routesByTheSkillTheIntentOrReasonNeedsAndWaitsForIt() {
        SkillRouting routing = new SkillRouting(Map.of(HandoffReason.COMPLAINT, "complaints"), Map.of("refund_request", "billing"));
        start(List.of(agent("gen", "zh en", "", 5), agent("bill", "zh en", "billing", 5)), AssignmentStrategy.ROUND_ROBIN, routing);
        queue(handoff.store, "refund", "zh-Hans", HandoffReason.USER_REQUEST, T0, 0, java.util.Set.of(), "refund_request");
        queue(handoff.store, "complaint", "en", HandoffReason.COMPLAINT, T0, 0, java.util.Set.of(), "complaint");
        queue(handoff.store, "plain", "en", HandoffReason.USER_REQUEST, T0);
        List<Assignment> made = handoff.dispatcher.dispatch();
        assertThat(made).contains(new Assignment("refund", "bill"));
        assertThat(made).extracting(Assignment::conversationId).doesNotContain("complaint");
        assertThat(handoff.store.find("complaint").orElseThrow().state()).isEqualTo(ConversationState.QUEUED);
    }

    @Test
    void anOnlineAgentNotHeardFromForTheTimeoutIsNotAssignedUntilTheyAreSeenAgain() {
        start(List.of(agent("lin", "zh-Hant", "", 5)), AssignmentStrategy.LEAST_LOADED, SkillRouting.NONE);
        handoff.clock.advance(HandoffFixture.PRESENCE_TIMEOUT.plusSeconds(1));
        assertThat(handoff.desk.presence("lin")).isEqualTo(Presence.OFFLINE);
        queue(handoff.store, "traditional", "zh-Hant", HandoffReason.USER_REQUEST, handoff.clock.instant());
        assertThat(handoff.dispatcher.dispatch()).isEmpty();
        handoff.desk.seen("lin");
        assertThat(handoff.desk.presence("lin")).isEqualTo(Presence.ONLINE);
        assertThat(handoff.dispatcher.dispatch()).containsExactly(new Assignment("traditional", "lin"));
    }

    @Test
    void roundRobinTakesTurns() {
        start(List.of(agent("a", "en", "", 10), agent("b", "en", "", 10)), AssignmentStrategy.ROUND_ROBIN, SkillRouting.NONE);
        for (int i = 1; i <= 4; i++) {
            queue(handoff.store, "c" + i, "en", HandoffReason.USER_REQUEST, T0.plusSeconds(i));
        }
        handoff.clock.advance(Duration.ofSeconds(10));
        assertThat(handoff.dispatcher.dispatch()).extracting(Assignment::agentId).containsExactly("a", "b", "a", "b");
        // the next round goes on from whoever had the last turn
        handoff.clock.advance(Duration.ofSeconds(10));
        queue(handoff.store, "c5", "en", HandoffReason.USER_REQUEST, handoff.clock.instant());
        handoff.desk.claim("b", "c5");
        handoff.clock.advance(Duration.ofSeconds(10));
        queue(handoff.store, "c6", "en", HandoffReason.USER_REQUEST, handoff.clock.instant());
        assertThat(handoff.dispatcher.dispatch()).containsExactly(new Assignment("c6", "a"));
    }

    @Test
    void leastLoadedGivesToWhoeverHasFewest() {
        start(List.of(agent("busy", "en", "", 10), agent("idle", "en", "", 10)), AssignmentStrategy.LEAST_LOADED,
                SkillRouting.NONE);
        queue(handoff.store, "old1", "en", HandoffReason.USER_REQUEST, T0);
        queue(handoff.store, "old2", "en", HandoffReason.USER_REQUEST, T0);
        handoff.desk.claim("busy", "old1");
        handoff.desk.claim("busy", "old2");
        queue(handoff.store, "n1", "en", HandoffReason.USER_REQUEST, T0.plusSeconds(1));
        queue(handoff.store, "n2", "en", HandoffReason.USER_REQUEST, T0.plusSeconds(2));
        queue(handoff.store, "n3", "en", HandoffReason.USER_REQUEST, T0.plusSeconds(3));
        assertThat(handoff.dispatcher.dispatch()).extracting(Assignment::agentId).containsExactly("idle", "idle", "busy");
    }

    @Test
    void respectsCapacityAndPresenceAndServesTheMostUrgentFirst() {
        start(List.of(agent("solo", "zh en", "", 1), agent("away", "zh en", "", 5), agent("gone", "zh en", "", 5)),
                AssignmentStrategy.ROUND_ROBIN, SkillRouting.NONE);
        handoff.status.presence("away", Presence.AWAY);
        handoff.status.presence("gone", Presence.OFFLINE);
        queue(handoff.store, "request", "en", HandoffReason.USER_REQUEST, T0);
        queue(handoff.store, "angry", "zh-Hans", HandoffReason.NEGATIVE_SENTIMENT, T0.plusSeconds(30));
        assertThat(handoff.dispatcher.dispatch()).containsExactly(new Assignment("angry", "solo"));
        assertThat(handoff.dispatcher.dispatch()).isEmpty();
        handoff.desk.resolve("solo", "angry");
        handoff.clock.advance(Duration.ofMinutes(2));
        assertThat(handoff.dispatcher.dispatch()).containsExactly(new Assignment("request", "solo"));
        assertThat(handoff.waits.recent(10)).hasSize(2).first().isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void theSchedulerAssignsOnItsRounds() {
        start(List.of(agent("alice", "zh en", "", 3)), AssignmentStrategy.ROUND_ROBIN, SkillRouting.NONE);
        handoff.status.presence("alice", Presence.OFFLINE);
        String id = handoff.queued("u1", "zh-Hans");
        handoff.scheduler.tick();
        assertThat(handoff.store.find(id).orElseThrow().state()).isEqualTo(ConversationState.QUEUED);
        handoff.desk.presence("alice", Presence.ONLINE);
        handoff.scheduler.tick();
        assertThat(handoff.store.find(id).orElseThrow().assignee()).isEqualTo("alice");
    }
}
