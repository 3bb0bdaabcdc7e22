package dev.kefu.app.store.redis;

import dev.kefu.core.store.StoreException;
import io.lettuce.core.RedisException;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * A subscription to one Redis pub/sub channel: the messages on it reach a listener in order, on
 * one thread of the subscription's own (never Lettuce's), so that the listener may take its time.
 * It has a connection of its own, which Lettuce reconnects and subscribes again after Redis
 * restarts; what was published meanwhile is lost.
 */
final class RedisSubscription implements AutoCloseable {

    private final StatefulRedisPubSubConnection<String, String> connection;
    private final ExecutorService delivery;

    private RedisSubscription(StatefulRedisPubSubConnection<String, String> connection, ExecutorService delivery) {
        this.connection = connection;
        this.delivery = delivery;
    }

    /** Subscribes at once; throws {@link StoreException} when Redis cannot be reached. */
    static RedisSubscription open(SharedRedis redis, String channel, Consumer<String> listener) {
        ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "kefu-redis-" + channel);
            thread.setDaemon(true);
            return thread;
        });
        RedisSubscription subscription = new RedisSubscription(redis.connectPubSub(), delivery);
        subscription.connection.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String from, String message) {
                if (from.equals(channel)) {
                    subscription.deliver(() -> listener.accept(message));
                }
            }
        });
        try {
            subscription.connection.sync().subscribe(channel);
        } catch (RedisException e) {
            subscription.close();
            throw new StoreException("cannot subscribe to " + channel, e);
        }
        return subscription;
    }

    private void deliver(Runnable message) {
        try {
            delivery.execute(message);
        } catch (RejectedExecutionException closing) {
            // the subscription is closing: nobody is left to tell
        }
    }

    @Override
    public void close() {
        connection.close();
        delivery.shutdownNow();
    }
}
