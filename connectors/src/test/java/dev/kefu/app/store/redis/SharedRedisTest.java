package dev.kefu.app.store.redis;

import static dev.kefu.core.store.StoreEvents.message;
import static dev.kefu.core.store.StoreEvents.opened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.store.ConversationStore;
import dev.kefu.core.store.StoreException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The connection: bad settings, an unreachable Redis, and Redis going away and coming back. */
class SharedRedisTest {

    @RegisterExtension
    static final RedisServer server = RedisServer.withoutPersistence();

    @Test
    void refusesBadSettings() {
        assertThatThrownBy(() -> SharedRedis.builder().build()).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SharedRedis.builder().uri("http://localhost:6379").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SharedRedis.builder().uri(server.uri()).commandTimeout(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void saysWhereRedisCouldNotBeReachedWithoutThePassword() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> SharedRedis.builder().uri("redis://:s3cret@127.0.0.1:" + closedPort).build())
                .isInstanceOf(StoreException.class)
                .hasMessage("cannot connect to Redis at 127.0.0.1:" + closedPort)
                .hasStackTraceContaining("Connection refused");
    }

    /** While Redis is away every part fails at once with a StoreException; after, the same objects work again. */
    @Test
    void failsFastWhileRedisIsAwayAndComesBackByItself() {
        SharedRedis redis = server.redis();
        ConversationStore store = new RedisConversationStore(redis);
        var limiter = RedisRateLimiter.builder().redis(redis).build();
        var recent = RedisRecentMessages.builder().redis(redis).build();
        store.append(List.of(opened("c1", "u1")));

        server.kill();
        for (ThrowingCallable call : List.<ThrowingCallable>of(
                () -> store.append(List.of(message("c1", 2, "lost?"))), () -> store.find("c1"),
                () -> store.findOpen("web", "u1"), () -> store.events("c1"), () -> store.inState(ConversationState.BOT),
                () -> limiter.acquire("web:u1"), () -> recent.claim("web:1"))) {
            long start = System.nanoTime();
            assertThatThrownBy(call).isInstanceOf(StoreException.class).hasMessageContaining("Redis at 127.0.0.1");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        }

        server.start();
        awaitReconnection(redis);
        store.append(List.of(opened("c2", "u2"), message("c2", 2, "back")));
        assertThat(store.events("c2")).hasSize(2);
        assertThat(limiter.acquire("web:u2")).isEmpty();
    }

    private static void awaitReconnection(SharedRedis redis) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            try {
                redis.call(c -> c.ping());
                return;
            } catch (StoreException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.onSpinWait();
            }
        }
    }
}
