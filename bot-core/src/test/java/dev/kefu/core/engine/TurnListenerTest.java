package dev.kefu.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.message.InboundMessage;
import dev.kefu.core.message.ReplyType;
import dev.kefu.core.message.TurnResult;
import dev.kefu.core.store.journal.JournalConversationStore;
import dev.kefu.kb.TestKnowledgeBases;
import dev.kefu.kb.search.KnowledgeBase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TurnListenerTest {

    @TempDir
    Path dir;

    record Seen(InboundMessage message, TurnResult result) {
    }

    @Test
    void everyTurnReachesTheListenersInOrderEvenWhenOneFails() {
        List<Seen> seen = new ArrayList<>();
        List<String> order = new ArrayList<>();
        try (JournalConversationStore store = JournalConversationStore.open(dir)) {
            Engine engine = Engine.builder().store(store)
                    .knowledgeBase(KnowledgeBase.builder().entries(TestKnowledgeBases.shop()).build())
                    .turnListeners(List.of(
                            (message, result) -> {
                                order.add("failing");
                                throw new IllegalStateException("a broken listener");
                            },
                            (message, result) -> {
                                order.add("recording");
                                seen.add(new Seen(message, result));
                            }))
                    .build();
            InboundMessage answered = new InboundMessage("web", "u1", null, "我要退貨", null, Instant.now());
            InboundMessage missed = new InboundMessage("web", "u2", null, "qwxz zzkv", null, Instant.now());

            TurnResult first = engine.handle(answered);
            TurnResult second = engine.handle(missed);

            assertThat(seen).containsExactly(new Seen(answered, first), new Seen(missed, second));
            assertThat(order).containsExactly("failing", "recording", "failing", "recording");
            assertThat(second.replies()).extracting(r -> r.type()).contains(ReplyType.FALLBACK);
        }
    }
}
