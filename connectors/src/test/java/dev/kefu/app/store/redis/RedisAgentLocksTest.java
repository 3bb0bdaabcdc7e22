package dev.kefu.app.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.handoff.HandoffConflictException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Agents' locks on a real redis-server, as two instances share them. */
class RedisAgentLocksTest {

    @RegisterExtension
    static final RedisServer server = RedisServer.withoutPersistence();

    @Test
    void twoInstancesNeverHoldOneAgentsLockAtOnce() throws Exception {
        try (SharedRedis first = server.connect(); SharedRedis second = server.connect()) {
            List<RedisAgentLocks> instances = List.of(RedisAgentLocks.builder().redis(first).build(),
                    RedisAgentLocks.builder().redis(second).build());
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger mostInside = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> runs = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    RedisAgentLocks locks = instances.get(i % 2);
                    runs.add(threads.submit(() -> {
                        go.await();
                        return locks.withAgent("王小明", () -> {
                            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                            Thread.onSpinWait();
                            inside.decrementAndGet();
                            return done.incrementAndGet();
                        });
                    }));
                }
                go.countDown();
                for (Future<?> run : runs) {
                    run.get();
                }
            } finally {
                threads.shutdownNow();
            }
            assertThat(done).hasValue(40);
            assertThat(mostInside).hasValue(1);
            Long lockLeft = first.call(c -> c.exists("kefu:agents:lock:王小明"));
            assertThat(lockLeft).isZero();
        }
    }

    @Test
    void aCallerGivesUpAfterTheWaitAndOtherAgentsAreNotHeldUp() {
        try (SharedRedis other = server.connect()) {
            RedisAgentLocks patient = RedisAgentLocks.builder().redis(server.redis()).wait(Duration.ofMillis(100)).build();
            RedisAgentLocks holder = RedisAgentLocks.builder().redis(other).build();
            String answer = holder.withAgent("alice", () -> {
                assertThatThrownBy(() -> patient.withAgent("alice", () -> "never"))
                        .isInstanceOf(HandoffConflictException.class).hasMessageContaining("alice");
                return patient.withAgent("bob", () -> "bob's turn");
            });
            assertThat(answer).isEqualTo("bob's turn");
        }
    }

    @Test
    void aFailedChangeReleasesTheLockAndADeadHoldersLeaseRunsOut() {
        RedisAgentLocks locks = RedisAgentLocks.builder().redis(server.redis()).wait(Duration.ofSeconds(2)).build();
        assertThatThrownBy(() -> locks.withAgent("carol", () -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(locks.withAgent("carol", () -> "free again")).isEqualTo("free again");

        // a holder that died: its key stays until the lease runs out, then the lock is free
        server.redis().call(c -> c.set("kefu:agents:lock:dora", "dead-holder", io.lettuce.core.SetArgs.Builder.px(300)));
        assertThat(locks.withAgent("dora", () -> "taken after the lease")).isEqualTo("taken after the lease");
        // a holder whose lease ran out does not release the lock its successor now holds
        server.redis().call(c -> c.set("kefu:agents:lock:erin", "successor"));
        server.redis().run(RedisScript.load("unlock.lua"), io.lettuce.core.ScriptOutputType.INTEGER,
                new String[] {"kefu:agents:lock:erin"}, "late-holder");
        String holder = server.redis().call(c -> c.get("kefu:agents:lock:erin"));
        assertThat(holder).isEqualTo("successor");
    }
}
