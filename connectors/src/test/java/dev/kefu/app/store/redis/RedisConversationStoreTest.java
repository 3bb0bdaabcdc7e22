package dev.kefu.app.store.redis;

import static dev.kefu.core.store.StoreEvents.T0;
import static dev.kefu.core.store.StoreEvents.message;
import static dev.kefu.core.store.StoreEvents.opened;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.store.ConversationStore;
import dev.kefu.core.store.ConversationStoreContract;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

/** The store contract on a real redis-server, and the layout of the keys that the README documents. */
class RedisConversationStoreTest extends ConversationStoreContract {

    @RegisterExtension
    static final RedisServer server = RedisServer.withoutPersistence();
    private final SharedRedis redis = server.redis();

    @Override
    protected ConversationStore openStore() {
        return new RedisConversationStore(redis);
    }

    @Test
    void laysOutAConversationAsTheReadmeSays() {
        store.append(List.of(opened("c1", "web", "用户 1", T0), message("c1", 2, "你好")));
        Conversation c1 = store.find("c1").orElseThrow();
        List<String> keys = redis.call(c -> c.keys("*"));
        assertThat(keys).containsExactlyInAnyOrder("kefu:conversation:c1", "kefu:conversation:c1:events", "kefu:state:BOT",
                "kefu:user:web:用户 1");
        List<StreamMessage<String, String>> entries = redis.call(c -> c.xrange("kefu:conversation:c1:events", Range.unbounded()));
        assertThat(entries).extracting(StreamMessage::getId).containsExactly("0-1", "0-2");
        Map<String, String> hash = redis.call(c -> c.hgetall("kefu:conversation:c1"));
        assertThat(hash).containsEntry("sequence", "2").containsEntry("state", "BOT").containsEntry("channel", "web")
                .containsEntry("userId", "用户 1").containsEntry("updatedAt", Long.toString(c1.updatedAt().toEpochMilli()));
        assertThat(JsonMapper.builder().build().readValue(hash.get("snapshot"), Conversation.class)).isEqualTo(c1);
        Double stateScore = redis.call(c -> c.zscore("kefu:state:BOT", "c1"));
        Double userScore = redis.call(c -> c.zscore("kefu:user:web:用户 1", "c1"));
        assertThat(stateScore).isEqualTo((double) c1.updatedAt().toEpochMilli());
        assertThat(userScore).isEqualTo(1.0);
    }

    @Test
    void deploymentsWithOtherKeyPrefixesDoNotSeeEachOther() {
        store.append(List.of(opened("c1", "u1")));
        try (SharedRedis other = SharedRedis.builder().uri(server.uri()).keyPrefix("staging:").build()) {
            ConversationStore staging = new RedisConversationStore(other);
            assertThat(staging.find("c1")).isEmpty();
            assertThat(staging.findOpen("web", "u1")).isEmpty();
            staging.append(List.of(opened("c1", "u1")));
            assertThat(staging.events("c1")).hasSize(1);
        }
        assertThat(store.events("c1")).hasSize(1);
    }
}
