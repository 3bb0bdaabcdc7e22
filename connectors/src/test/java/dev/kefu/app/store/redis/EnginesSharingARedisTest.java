package dev.kefu.app.store.redis;

import dev.kefu.core.admission.RecentMessages;
import dev.kefu.core.engine.EnginesSharingAStoreContract;
import dev.kefu.core.store.ConversationStore;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two instances of the service, each with its own connection, store and recent messages, on one redis-server. */
class EnginesSharingARedisTest extends EnginesSharingAStoreContract {

    @RegisterExtension
    static final RedisServer server = RedisServer.withoutPersistence();

    private final List<SharedRedis> connections = List.of(server.redis(), server.connect());
    private final List<ConversationStore> stores = connections.stream()
            .<ConversationStore>map(RedisConversationStore::new).toList();
    private final List<RecentMessages> recentMessages = connections.stream()
            .<RecentMessages>map(redis -> RedisRecentMessages.builder().redis(redis).build()).toList();

    @AfterEach
    void closeTheSecondConnection() {
        connections.get(1).close();
    }

    @Override
    protected ConversationStore storeOfInstance(int number) {
        return stores.get(number - 1);
    }

    @Override
    protected RecentMessages recentMessagesOfInstance(int number) {
        return recentMessages.get(number - 1);
    }
}
