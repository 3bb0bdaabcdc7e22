package dev.kefu.core.csat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.privacy.PiiRedactor;
import dev.kefu.core.store.StoreEvents;
import dev.kefu.core.store.journal.JournalConversationStore;
import dev.kefu.intents.entities.EntityExtractor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsatRecorderTest {

    @TempDir
    Path dir;

    private JournalConversationStore store;
    private CsatRecorder recorder;

    @BeforeEach
    void open() {
        store = JournalConversationStore.open(dir);
        recorder = new CsatRecorder(store, new PiiRedactor(new EntityExtractor()), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void conversation(String id, ConversationState last) {
        store.append(List.of(StoreEvents.opened(id, "user-" + id), StoreEvents.message(id, 2, "谢谢")));
        if (last != ConversationState.BOT) {
            store.append(List.of(StoreEvents.moved(id, 3, ConversationState.BOT, last, StoreEvents.T0.plusSeconds(3))));
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | 客服态度很好，问题解决了
            3 | 客服態度很好，問題解決了
            5 | Quick and friendly, thank you
            4 | <script>alert(1)</script><img src=x onerror=alert(2)>
            """)
    void recordsOneRatingWithItsCommentAfterResolution(int score, String comment) {
        conversation("c1", ConversationState.RESOLVED);

        ConversationEvent event = recorder.record("c1", new CsatRating(score, "  " + comment + "\n"));

        assertThat(event.kind()).isEqualTo(EventKind.CSAT);
        assertThat(event.sequence()).isEqualTo(4);
        assertThat(event.data(CsatRecorder.SCORE_DATA)).isEqualTo(Integer.toString(score));
        assertThat(event.text()).isEqualTo(comment);
        assertThat(store.events("c1")).last().isEqualTo(event);
        assertThat(store.find("c1").orElseThrow().state()).isEqualTo(ConversationState.RESOLVED);
        assertThat(store.find("c1").orElseThrow().lastSequence()).isEqualTo(4);
    }

    @Test
    void aBlankCommentIsNoneAndPersonalDataIsMasked() {
        conversation("c1", ConversationState.RESOLVED);
        conversation("c2", ConversationState.RESOLVED);

        assertThat(recorder.record("c1", new CsatRating(2, "   ")).text()).isNull();
        assertThat(recorder.record("c2", new CsatRating(2, "请打我电话 13812345678")).text())
                .isEqualTo("请打我电话 [PHONE]").doesNotContain("13812345678");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1, Integer.MAX_VALUE})
    void refusesAScoreOutsideOneToFive(int score) {
        assertThatThrownBy(() -> new CsatRating(score, "ok"))
                .isInstanceOfSatisfying(CsatRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CsatRejectedException.Reason.INVALID_SCORE));
    }

    @Test
    void refusesACommentOverFiveHundredCharactersCountingCodePoints() {
        assertThat(new CsatRating(5, "好".repeat(500)).comment()).hasSize(500);
        assertThat(new CsatRating(5, "😀".repeat(500)).comment()).hasSize(1000);
        assertThatThrownBy(() -> new CsatRating(5, "a".repeat(501)))
                .isInstanceOfSatisfying(CsatRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CsatRejectedException.Reason.COMMENT_TOO_LONG));
    }

    @ParameterizedTest
    @CsvSource({"BOT", "QUEUED", "AGENT"})
    void refusesARatingBeforeResolutionAndStoresNothing(ConversationState state) {
        conversation("c1", state);
        long before = store.find("c1").orElseThrow().lastSequence();

        assertThatThrownBy(() -> recorder.record("c1", new CsatRating(5, "")))
                .isInstanceOfSatisfying(CsatRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CsatRejectedException.Reason.NOT_RESOLVED));
        assertThat(store.find("c1").orElseThrow().lastSequence()).isEqualTo(before);
    }

    @Test
    void refusesAnUnknownConversationAndASecondRating() {
        assertThatThrownBy(() -> recorder.record("nope", new CsatRating(5, "")))
                .isInstanceOfSatisfying(CsatRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CsatRejectedException.Reason.UNKNOWN_CONVERSATION));
        conversation("c1", ConversationState.RESOLVED);
        recorder.record("c1", new CsatRating(4, "好"));

        assertThatThrownBy(() -> recorder.record("c1", new CsatRating(1, "changed my mind")))
                .isInstanceOfSatisfying(CsatRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CsatRejectedException.Reason.ALREADY_RATED));
        assertThat(store.events("c1")).filteredOn(e -> e.kind() == EventKind.CSAT).hasSize(1);
    }

    /** Ratings racing on one conversation (two tabs, a retried request): exactly one is stored, the others are refused. */
    @Test
    void racingRatingsStoreExactlyOne() throws Exception {
        conversation("c1", ConversationState.RESOLVED);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> tries = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                int score = 1 + i % 5;
                tries.add(() -> {
                    try {
                        recorder.record("c1", new CsatRating(score, "try " + score));
                        return true;
                    } catch (CsatRejectedException e) {
                        assertThat(e.reason()).isEqualTo(CsatRejectedException.Reason.ALREADY_RATED);
                        return false;
                    }
                });
            }
            int stored = 0;
            for (Future<Boolean> result : pool.invokeAll(tries)) {
                stored += result.get() ? 1 : 0;
            }
            assertThat(stored).isEqualTo(1);
            assertThat(store.events("c1")).filteredOn(e -> e.kind() == EventKind.CSAT).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
