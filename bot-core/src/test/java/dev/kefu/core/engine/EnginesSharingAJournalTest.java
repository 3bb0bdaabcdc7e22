package dev.kefu.core.engine;

import dev.kefu.core.admission.InMemoryRecentMessages;
import dev.kefu.core.admission.RecentMessages;
import dev.kefu.core.store.ConversationStore;
import dev.kefu.core.store.journal.JournalConversationStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** Two engines in one process on one journal: each has its own locks, so only the store keeps them in order. */
class EnginesSharingAJournalTest extends EnginesSharingAStoreContract {

    private final JournalConversationStore store;
    private final RecentMessages recentMessages = new InMemoryRecentMessages(100);

    EnginesSharingAJournalTest(@TempDir Path dir) {
        store = JournalConversationStore.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Override
    protected ConversationStore storeOfInstance(int number) {
        return store;
    }

    @Override
    protected RecentMessages recentMessagesOfInstance(int number) {
        return recentMessages;
    }
}
