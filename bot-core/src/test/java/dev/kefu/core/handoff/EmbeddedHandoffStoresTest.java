package dev.kefu.core.handoff;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The handoff store contract on the embedded stores: presence in memory, waits and callbacks in files. */
class EmbeddedHandoffStoresTest extends HandoffStoreContract {

    @TempDir
    Path dir;
    private final InMemoryAgentStatusStore status = new InMemoryAgentStatusStore();

    @Override
    protected AgentStatusStore agentStatus() {
        return status;
    }

    @Override
    protected WaitHistory waitHistory(int capacity) {
        return FileWaitHistory.open(dir.resolve("waits"), capacity);
    }

    @Override
    protected CallbackStore callbacks() {
        return DirectoryCallbackStore.open(dir);
    }
}
