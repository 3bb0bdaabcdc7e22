package dev.kefu.app.store.redis;

import static dev.kefu.core.store.StoreEvents.T0;
import static dev.kefu.core.store.StoreEvents.message;
import static dev.kefu.core.store.StoreEvents.opened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.store.ConversationStore;
import dev.kefu.core.store.ConversationStoreContract;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import java.time.Duration;
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
                "kefu:user:web:用户 1", "kefu:work");
        List<StreamMessage<String, String>> outbox = redis.call(c -> c.xrange("kefu:work", Range.unbounded()));
        assertThat(outbox).extracting(StreamMessage::getBody).containsExactly(
                Map.of("conversation", "c1", "sequence", "1", "kind", "OPENED"),
                Map.of("conversation", "c1", "sequence", "2", "kind", "CUSTOMER_MESSAGE"));
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
    void aConversationExpiresAfterTheRetentionCountedFromItsLastAppend() throws InterruptedException {
        ConversationStore shortLived = new RedisConversationStore(redis, Duration.ofMillis(400));
        shortLived.append(List.of(opened("brief", "web", "用户 2", T0), message("brief", 2, "我的地址是[ADDRESS]")));
        for (String key : List.of("kefu:conversation:brief", "kefu:conversation:brief:events", "kefu:user:web:用户 2")) {
            long ttl = redis.call(c -> c.pttl(key));
            assertThat(ttl).as(key).isBetween(1L, 400L);
        }
        Thread.sleep(250);
        shortLived.append(List.of(message("brief", 3, "還在嗎")));
        Thread.sleep(250);
        assertThat(shortLived.events("brief")).as("the append renewed the retention").hasSize(3);

        Thread.sleep(300);
        assertThat(shortLived.find("brief")).isEmpty();
        assertThat(shortLived.events("brief")).isEmpty();
        assertThat(shortLived.findOpen("web", "用户 2")).isEmpty();
        assertThat(shortLived.inState(ConversationState.BOT)).isEmpty();
        List<String> left = redis.call(c -> c.keys("*"));
        assertThat(left).as("the state index forgot it too; the outbox, bounded by its length, names events only")
                .containsExactly("kefu:work");
        shortLived.append(List.of(opened("brief-2", "web", "用户 2", T0)));
        assertThat(shortLived.findOpen("web", "用户 2").map(Conversation::id)).contains("brief-2");
    }

    @Test
    void deletingAUserLeavesNoKeyOfTheirs() {
        store.append(List.of(opened("c1", "web", "u1", T0), message("c1", 2, "hello")));
        store.append(List.of(opened("c2", "web", "u2", T0)));
        store.deleteUser("web", "u1");
        List<String> keys = redis.call(c -> c.keys("*"));
        assertThat(keys).containsExactlyInAnyOrder("kefu:conversation:c2", "kefu:conversation:c2:events", "kefu:state:BOT",
                "kefu:user:web:u2", "kefu:work");
        List<StreamMessage<String, String>> outbox = redis.call(c -> c.xrange("kefu:work", Range.unbounded()));
        assertThat(outbox).extracting(StreamMessage::getBody)
                .as("the shared outbox names events, with nothing of what the user said or who they are")
                .allSatisfy(body -> assertThat(body).containsOnlyKeys("conversation", "sequence", "kind")
                        .doesNotContainValue("hello").doesNotContainValue("u1"));
        assertThatThrownBy(() -> new RedisConversationStore(redis, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
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
