package dev.kefu.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.store.AppendConflictException;
import dev.kefu.core.store.StoreEvents;
import dev.kefu.core.store.journal.JournalConversationStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishingConversationStoreTest {

    @TempDir
    Path dir;

    @Test
    void publishesWhatWasStoredAndNothingThatWasRefused() {
        LocalConversationEventBus bus = new LocalConversationEventBus();
        List<ConversationEvent> published = new ArrayList<>();
        bus.subscribe(published::add);
        try (PublishingConversationStore store = new PublishingConversationStore(JournalConversationStore.open(dir), bus)) {
            List<ConversationEvent> turn = List.of(StoreEvents.opened("c1", "u1"), StoreEvents.message("c1", 2, "轉人工"));
            store.append(turn);

            assertThatThrownBy(() -> store.append(List.of(StoreEvents.message("c1", 2, "a stale writer"))))
                    .isInstanceOf(AppendConflictException.class);

            assertThat(published).containsExactlyElementsOf(turn);
            assertThat(store.events("c1")).containsExactlyElementsOf(turn);
        }
    }
}
