package dev.kefu.app.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.admission.MessageInProgressException;
import dev.kefu.core.admission.RecentMessages;
import dev.kefu.core.admission.RecentMessagesContract;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisRecentMessagesTest extends RecentMessagesContract {

    @RegisterExtension
    static final RedisServer server = RedisServer.withoutPersistence();
    private final SharedRedis redis = server.redis();

    @Override
    protected RecentMessages recentMessages() {
        return RedisRecentMessages.builder().redis(redis).build();
    }

    @Test
    void anInstanceSeesWhatAnotherClaimedAndRemembered() {
        try (SharedRedis otherInstance = server.connect()) {
            RecentMessages mine = recentMessages();
            RecentMessages theirs = RedisRecentMessages.builder().redis(otherInstance).build();
            assertThat(mine.claim("telegram:5")).isEmpty();
            assertThatThrownBy(() -> theirs.claim("telegram:5"))
                    .isInstanceOf(MessageInProgressException.class);
            mine.remember("telegram:5", RESULT);
            assertThat(theirs.claim("telegram:5")).contains(RESULT);
        }
    }

    @Test
    void aClaimOfAnInstanceThatDiedRunsOutAndResultsAreKeptForAWhile() throws InterruptedException {
        RecentMessages recent = RedisRecentMessages.builder().redis(redis).handlingTimeout(Duration.ofMillis(50))
                .keepFor(Duration.ofMillis(300)).build();
        assertThat(recent.claim("web:dead")).isEmpty();
        Thread.sleep(120);
        assertThat(recent.claim("web:dead")).isEmpty();
        recent.remember("web:dead", RESULT);
        long expiresIn = redis.call(c -> c.pttl("kefu:delivery:web:dead"));
        assertThat(expiresIn).isBetween(1L, 300L);
        assertThat(recent.claim("web:dead")).contains(RESULT);
    }

    @Test
    void refusesBadSettings() {
        assertThatThrownBy(() -> RedisRecentMessages.builder().build()).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RedisRecentMessages.builder().redis(redis).handlingTimeout(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RedisRecentMessages.builder().redis(redis).keepFor(Duration.ofMillis(-5)).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
