package dev.kefu.core.handoff;

import static dev.kefu.core.handoff.QueuedConversations.queue;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.conversation.HandoffReason;
import dev.kefu.core.store.journal.JournalConversationStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue's order: why, mood, waiting time and tags, on conversations stored as the engine queues them. */
class HandoffQueueTest {

    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

    @TempDir
    Path dir;
    private JournalConversationStore store;
    private final TestClock clock = new TestClock(T0);
    private HandoffQueue queue;

    @BeforeEach
    void open() {
        store = JournalConversationStore.open(dir);
        queue = new HandoffQueue(store, Urgency.DEFAULTS, SkillRouting.NONE, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void servesAbuseAngerAndComplaintsBeforeAPlainRequestForAPerson() {
        queue(store, "request", "en", HandoffReason.USER_REQUEST, T0);
        queue(store, "complaint", "zh-Hans", HandoffReason.COMPLAINT, T0.plusSeconds(1));
        queue(store, "misses", "zh-Hant", HandoffReason.REPEATED_FALLBACK, T0.plusSeconds(2));
        queue(store, "abuse", "en", HandoffReason.ABUSE, T0.plusSeconds(3));
        queue(store, "angry", "zh-Hans", HandoffReason.NEGATIVE_SENTIMENT, T0.plusSeconds(4));
        clock.set(T0.plusSeconds(5));
        assertThat(queue.ordered()).extracting(QueuedConversation::id)
                .containsExactly("complaint", "abuse", "angry", "misses", "request");
        assertThat(queue.position("request")).isEqualTo(5);
        assertThat(queue.position("nobody")).isZero();
    }

    @Test
    void aMoreNegativeMoodGoesFirstAmongEqualReasons() {
        queue(store, "calm", "en", HandoffReason.USER_REQUEST, T0, 0.1, Set.of(), "ask_human");
        queue(store, "upset", "zh-Hant", HandoffReason.USER_REQUEST, T0.plusSeconds(1), -0.8, Set.of(), "ask_human");
        assertThat(queue.ordered()).extracting(QueuedConversation::id).containsExactly("upset", "calm");
        assertThat(queue.ordered().get(0).sentiment()).isNegative();
    }

    @Test
    void waitingLongEnoughOvertakesAnyReasonSoNobodyStarves() {
        queue(store, "patient", "en", HandoffReason.USER_REQUEST, T0);
        clock.advance(Duration.ofMinutes(5));
        queue(store, "abuse", "zh-Hans", HandoffReason.ABUSE, clock.instant());
        assertThat(queue.ordered()).extracting(QueuedConversation::id).containsExactly("abuse", "patient");
        clock.advance(Duration.ofMinutes(6));
        // 11 min × 0.2 + 1 = 3.2 against 6 min × 0.2 + 3 = 4.2: still behind; ten minutes later ahead
        assertThat(queue.ordered()).extracting(QueuedConversation::id).containsExactly("abuse", "patient");
        Urgency quickAgeing = new Urgency(Map.of(), 2.0, 1.0, Map.of());
        HandoffQueue ageing = new HandoffQueue(store, quickAgeing, SkillRouting.NONE, clock);
        assertThat(ageing.ordered()).extracting(QueuedConversation::id).containsExactly("patient", "abuse");
    }

    @Test
    void aVipIsServedSoonerAndTiesGoToWhoCameFirst() {
        queue(store, "first", "en", HandoffReason.USER_REQUEST, T0);
        queue(store, "second", "en", HandoffReason.USER_REQUEST, T0);
        queue(store, "vip", "zh-Hans", HandoffReason.USER_REQUEST, T0.plusSeconds(1), 0, Set.of("vip", "new"), "ask_human");
        assertThat(queue.ordered()).extracting(QueuedConversation::id).containsExactly("vip", "first", "second");
        assertThat(queue.ordered().get(0).tags()).containsExactlyInAnyOrder("vip", "new");
    }

    @Test
    void aConversationArrivingTakesItsPlaceByUrgency() {
        queue(store, "request", "en", HandoffReason.USER_REQUEST, T0);
        queue(store, "complaint", "en", HandoffReason.COMPLAINT, T0);
        QueuedConversation arriving = new QueuedConversation("new", "zh-Hans", HandoffReason.REPEATED_FALLBACK, null,
                Set.of(), T0, 0, false);
        assertThat(queue.positionOnArrival(arriving)).isEqualTo(2);
    }

    @Test
    void routesBySkillFromTheIntentElseTheReason() {
        SkillRouting routing = new SkillRouting(Map.of(HandoffReason.COMPLAINT, "complaints"),
                Map.of("refund_request", "billing"));
        HandoffQueue routed = new HandoffQueue(store, Urgency.DEFAULTS, routing, clock);
        queue(store, "refund", "en", HandoffReason.USER_REQUEST, T0, 0, Set.of(), "refund_request");
        queue(store, "complaint", "zh-Hans", HandoffReason.COMPLAINT, T0, 0, Set.of(), "complaint");
        queue(store, "plain", "zh-Hant", HandoffReason.USER_REQUEST, T0, 0, Set.of(), "ask_human");
        assertThat(routed.ordered()).extracting(QueuedConversation::id, QueuedConversation::skill)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("refund", "billing"),
                        org.assertj.core.groups.Tuple.tuple("complaint", "complaints"),
                        org.assertj.core.groups.Tuple.tuple("plain", null));
    }
}
