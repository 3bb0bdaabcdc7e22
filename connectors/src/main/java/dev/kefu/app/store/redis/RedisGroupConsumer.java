package dev.kefu.app.store.redis;

import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.events.EventReference;
import dev.kefu.core.events.WorkHandler;
import dev.kefu.core.store.StoreException;
import io.lettuce.core.Consumer;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XPendingArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.PendingMessage;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One instance's consumer of one work group, on a thread and a connection of its own: it blocks in
 * {@code XREADGROUP} for new entries, hands each to the handler and acknowledges it once the
 * handler returns, and every half of the minimum idle time takes over ({@code XAUTOCLAIM}) the
 * entries another consumer (or itself, after a failure) has left unacknowledged that long. An entry
 * delivered the maximum number of times is logged by reference and acknowledged instead, and
 * consumers left by stopped instances are deleted once they have held nothing for a while. While
 * Redis is away it says so once, tries again with a growing pause, and says when it reads again;
 * the group is created again if Redis came back without it.
 */
final class RedisGroupConsumer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisGroupConsumer.class);
    private static final int READ_BATCH = 10;
    private static final int CLAIM_BATCH = 100;
    private static final Duration LONGEST_BLOCK = Duration.ofSeconds(1);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);
    private static final Duration FINISH_HANDLING = Duration.ofSeconds(5);

    /** Where and as whom it reads, when it takes over or gives up entries, and when it forgets a consumer that left. */
    record Settings(String stream, String group, String consumer, Duration minIdle, int maxDeliveries,
                    Duration forgetConsumersAfter) {
    }

    private final Settings settings;
    private final WorkHandler handler;
    private final StatefulRedisConnection<String, String> connection;
    private final Consumer<String> me;
    private final Duration block;
    private final Duration claimEvery;
    private final Thread thread;
    private volatile boolean open = true;
    private volatile boolean handling;

    private RedisGroupConsumer(SharedRedis redis, Settings settings, WorkHandler handler) {
        this.settings = settings;
        this.handler = handler;
        this.connection = redis.connectOwn();
        this.me = Consumer.from(settings.group(), settings.consumer());
        this.claimEvery = settings.minIdle().dividedBy(2);
        // a blocked read must end before the command timeout, and often enough to take over idle entries;
        // it blocks at least 1 ms, as BLOCK 0 would block for good
        Duration shortest = min(min(LONGEST_BLOCK, redis.commandTimeout().dividedBy(2)), claimEvery);
        this.block = shortest.toMillis() < 1 ? Duration.ofMillis(1) : shortest;
        this.thread = new Thread(this::run, "kefu-work-" + settings.group());
        thread.setDaemon(true);
    }

    /** Creates the group if it is new and starts reading; throws {@link StoreException} when Redis cannot be reached. */
    static RedisGroupConsumer start(SharedRedis redis, Settings settings, WorkHandler handler) {
        RedisGroupConsumer consumer = new RedisGroupConsumer(redis, settings, handler);
        try {
            consumer.createGroup(XReadArgs.StreamOffset.latest(settings.stream()));
        } catch (RedisException e) {
            consumer.connection.close();
            throw new StoreException("cannot create the work group " + settings.group() + " on " + settings.stream(), e);
        }
        consumer.thread.start();
        return consumer;
    }

    private RedisCommands<String, String> commands() {
        return connection.sync();
    }

    /**
     * {@code XGROUP CREATE <stream> <group> <from> MKSTREAM}; an existing group is kept. At the start a
     * new group begins with the entries added from then on ({@code $}); after Redis was away, from the
     * stream's first entry ({@code 0}): a Redis that came back without the group lost its old entries
     * too, so what is there was added since, and nothing added meanwhile is skipped.
     */
    private void createGroup(XReadArgs.StreamOffset<String> from) {
        try {
            commands().xgroupCreate(from, settings.group(), XGroupCreateArgs.Builder.mkstream());
        } catch (RedisCommandExecutionException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("BUSYGROUP")) {
                throw e;
            }
        }
    }

    private void run() {
        Duration pause = FIRST_PAUSE;
        boolean failing = false;
        long nextClaim = System.nanoTime();
        while (open) {
            try {
                if (failing) {
                    createGroup(XReadArgs.StreamOffset.from(settings.stream(), "0"));
                }
                if (System.nanoTime() - nextClaim >= 0) {
                    takeOverIdle();
                    nextClaim = System.nanoTime() + claimEvery.toNanos();
                }
                List<StreamMessage<String, String>> entries = commands().xreadgroup(me,
                        XReadArgs.Builder.block(block).count(READ_BATCH), XReadArgs.StreamOffset.lastConsumed(settings.stream()));
                if (failing) {
                    log.info("work group {} reads {} again", settings.group(), settings.stream());
                    failing = false;
                    pause = FIRST_PAUSE;
                }
                entries.forEach(this::handle);
            } catch (RedisException e) {
                if (!open) {
                    return;
                }
                if (!failing) {
                    log.warn("work group {} cannot read {}, trying again until Redis answers: {}", settings.group(),
                            settings.stream(), e.getMessage());
                    failing = true;
                }
                if (!sleep(pause)) {
                    return;
                }
                pause = min(pause.multipliedBy(2), LONGEST_PAUSE);
            }
        }
    }

    /** Gives up the entries delivered too often, then claims the others idle for the minimum idle time. */
    private void takeOverIdle() {
        List<PendingMessage> idle = commands().xpending(settings.stream(), new XPendingArgs<String>().group(settings.group())
                .idle(settings.minIdle()).range(Range.unbounded()).limit(Limit.from(CLAIM_BATCH)));
        for (PendingMessage pending : idle) {
            if (pending.getRedeliveryCount() >= settings.maxDeliveries()) {
                giveUp(pending);
            }
        }
        commands().xautoclaim(settings.stream(), new XAutoClaimArgs<String>().consumer(me).minIdleTime(settings.minIdle())
                .startId("0-0").count(CLAIM_BATCH)).getMessages().forEach(this::handle);
        forgetLeftConsumers();
    }

    /**
     * Deletes the consumers that hold nothing and have not read for the time the settings say:
     * instances that stopped (each start is a new consumer). A live consumer reads at least every
     * second, so it is never idle that long; one that holds entries is kept until they are taken over.
     */
    private void forgetLeftConsumers() {
        for (Object info : commands().xinfoConsumers(settings.stream(), settings.group())) {
            if (info instanceof List<?> fields) {
                Map<String, Object> consumer = new HashMap<>();
                for (int i = 0; i + 1 < fields.size(); i += 2) {
                    consumer.put(String.valueOf(fields.get(i)), fields.get(i + 1));
                }
                String name = String.valueOf(consumer.get("name"));
                if (!name.equals(settings.consumer()) && consumer.get("pending") instanceof Long pending && pending == 0
                        && consumer.get("idle") instanceof Long idle && idle > settings.forgetConsumersAfter().toMillis()) {
                    commands().xgroupDelconsumer(settings.stream(), Consumer.from(settings.group(), name));
                }
            }
        }
    }

    private void giveUp(PendingMessage pending) {
        List<StreamMessage<String, String>> entry = commands().xrange(settings.stream(),
                Range.create(pending.getId(), pending.getId()));
        String what = entry.isEmpty() ? "a trimmed entry" : describe(entry.get(0).getBody());
        log.error("work group {} gave up on {} (entry {} of {}) after {} deliveries", settings.group(), what, pending.getId(),
                settings.stream(), pending.getRedeliveryCount());
        commands().xack(settings.stream(), settings.group(), pending.getId());
    }

    /** Hands the entry to the handler and acknowledges it when the handler returns; a failed one waits to be taken over. */
    private void handle(StreamMessage<String, String> entry) {
        EventReference event = reference(entry.getBody());
        if (event == null) {
            log.warn("work group {} acknowledged entry {} of {}, which names no event", settings.group(), entry.getId(),
                    settings.stream());
        } else {
            handling = true;
            try {
                handler.handle(event);
            } catch (RuntimeException e) {
                log.warn("work group {} failed on {}, to be delivered again after {}: {}", settings.group(),
                        describe(entry.getBody()), settings.minIdle(), e.getMessage());
                return;
            } finally {
                handling = false;
            }
        }
        commands().xack(settings.stream(), settings.group(), entry.getId());
    }

    /** The event an entry names, or null when it is not a reference (a deleted entry, a foreign write). */
    private static EventReference reference(Map<String, String> body) {
        if (body == null) {
            return null;
        }
        try {
            return new EventReference(body.get("conversation"), Long.parseLong(body.get("sequence")),
                    EventKind.valueOf(body.get("kind")));
        } catch (RuntimeException notAReference) {
            return null;
        }
    }

    private static String describe(Map<String, String> body) {
        return body == null ? "an empty entry"
                : body.get("kind") + " #" + body.get("sequence") + " of conversation " + body.get("conversation");
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Stops reading: a blocked read or a pause ends at once, an event being handled may finish for a
     * few seconds (then it is interrupted and, unacknowledged, taken over later by another consumer).
     */
    @Override
    public void close() {
        open = false;
        if (!handling) {
            thread.interrupt();
        }
        try {
            thread.join(FINISH_HANDLING.toMillis());
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(FINISH_HANDLING.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
    }
}
