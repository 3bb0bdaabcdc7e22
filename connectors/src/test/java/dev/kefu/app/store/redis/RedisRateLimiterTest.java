package dev.kefu.app.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.admission.RateLimiter;
import dev.kefu.core.privacy.DataSubject;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisRateLimiterTest {

    @RegisterExtension
    static final RedisServer server = RedisServer.withoutPersistence();

    private RateLimiter limiter(SharedRedis redis, int burst, int perMinute) {
        return RedisRateLimiter.builder().redis(redis).burst(burst).perMinute(perMinute).build();
    }

    @Test
    void letsABurstThroughThenSaysHowLongToWait() {
        RateLimiter limiter = limiter(server.redis(), 2, 60);
        assertThat(limiter.acquire("web:u1")).isEmpty();
        assertThat(limiter.acquire("web:u1")).isEmpty();
        assertThat(limiter.acquire("web:u1")).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1)));
        assertThat(limiter.acquire("web:u2")).isEmpty();
        assertThat(limiter.acquire("telegram:u1")).isEmpty();
    }

    @Test
    void everyInstanceCountsTheSameSender() {
        try (SharedRedis otherInstance = server.connect()) {
            RateLimiter mine = limiter(server.redis(), 3, 60);
            RateLimiter theirs = limiter(otherInstance, 3, 60);
            assertThat(mine.acquire("web:u1")).isEmpty();
            assertThat(theirs.acquire("web:u1")).isEmpty();
            assertThat(mine.acquire("web:u1")).isEmpty();
            assertThat(theirs.acquire("web:u1")).isPresent();
            assertThat(mine.acquire("web:u1")).isPresent();
        }
    }

    @Test
    void refillsAtItsRate() throws InterruptedException {
        RateLimiter limiter = limiter(server.redis(), 1, 60_000);
        assertThat(limiter.acquire("web:fast")).isEmpty();
        Thread.sleep(5);
        assertThat(limiter.acquire("web:fast")).isEmpty();
    }

    @Test
    void forgetsASenderOnceTheirBucketWouldBeFullAgain() {
        RateLimiter limiter = limiter(server.redis(), 2, 60);
        assertThat(limiter.acquire("web:quiet")).isEmpty();
        long expiresIn = server.redis().call(c -> c.pttl("kefu:rate:web:quiet"));
        assertThat(expiresIn).isBetween(1L, 1000L);
    }

    @Test
    void forgetsTheCounterOfAUserWhoAsksToBeForgotten() {
        RedisRateLimiter limiter = RedisRateLimiter.builder().redis(server.redis()).burst(1).perMinute(1).build();
        assertThat(limiter.acquire("web:用户")).isEmpty();
        assertThat(limiter.acquire("web:用户")).isPresent();
        assertThat(limiter.forget(new DataSubject("web", "用户", Set.of(), Set.of()))).isEqualTo(1);
        assertThat(limiter.acquire("web:用户")).isEmpty();
        assertThat(limiter.forget(new DataSubject("web", "nobody", Set.of(), Set.of()))).isZero();
    }

    @Test
    void refusesBadSettings() {
        assertThatThrownBy(() -> RedisRateLimiter.builder().burst(1).build()).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> limiter(server.redis(), 0, 60)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limiter(server.redis(), 5, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
