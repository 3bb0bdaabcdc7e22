package dev.kefu.app.store.redis;

import dev.kefu.core.store.StoreException;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The one connection to Redis that the store, the rate limiter and the de-duplication of an
 * instance share, with the prefix of every key they use. While Redis is away, commands fail at
 * once with a {@link StoreException} (nothing waits in a queue), and the connection comes back by
 * itself when Redis does. Build it with {@link #builder()}.
 */
public final class SharedRedis implements AutoCloseable {

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final String address;
    private final String keyPrefix;
    private final Duration commandTimeout;

    private SharedRedis(Builder builder) {
        RedisURI uri = RedisURI.create(builder.uri);
        uri.setTimeout(builder.commandTimeout);
        this.address = uri.getHost() + ":" + uri.getPort();
        this.keyPrefix = builder.keyPrefix;
        this.commandTimeout = builder.commandTimeout;
        ClientResources resources = ClientResources.builder()
                .reconnectDelay(Delay.exponential(Duration.ofMillis(50), builder.maxReconnectDelay, 2, TimeUnit.MILLISECONDS))
                .build();
        this.client = RedisClient.create(resources, uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(builder.commandTimeout))
                .socketOptions(SocketOptions.builder().connectTimeout(builder.commandTimeout).build())
                .build());
        try {
            this.connection = client.connect();
        } catch (RedisException e) {
            client.shutdown();
            resources.shutdown();
            throw new StoreException("cannot connect to Redis at " + address, e);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The key of {@code parts} joined by ':' under this instance's prefix. */
    public String key(String... parts) {
        return keyPrefix + String.join(":", parts);
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    /** Runs commands; a failure of Redis or of the connection becomes a {@link StoreException}. */
    public <T> T call(Function<RedisCommands<String, String>, T> commands) {
        try {
            return commands.apply(connection.sync());
        } catch (RedisException e) {
            throw new StoreException("Redis at " + address + " failed: " + e.getMessage(), e);
        }
    }

    /** Runs a Lua script by its digest, sending its text only when Redis does not know it (e.g. after a restart). */
    <T> T run(RedisScript script, ScriptOutputType output, String[] keys, String... args) {
        return call(commands -> {
            try {
                return commands.evalsha(script.sha(), output, keys, args);
            } catch (RedisNoScriptException e) {
                return commands.eval(script.body(), output, keys, args);
            }
        });
    }

    /**
     * A new connection of its own for pub/sub, which a subscribed connection needs; it reconnects,
     * and subscribes again to its channels, by itself. The caller closes it before this.
     */
    StatefulRedisPubSubConnection<String, String> connectPubSub() {
        try {
            return client.connectPubSub();
        } catch (RedisException e) {
            throw new StoreException("cannot connect to Redis at " + address, e);
        }
    }

    /** How long a command may take before it fails; a blocking command must block for less. */
    Duration commandTimeout() {
        return commandTimeout;
    }

    /**
     * A new connection of its own for commands that block (XREADGROUP BLOCK), which must not hold up
     * the shared one. It reconnects by itself. The caller closes it before this.
     */
    StatefulRedisConnection<String, String> connectOwn() {
        try {
            return client.connect();
        } catch (RedisException e) {
            throw new StoreException("cannot connect to Redis at " + address, e);
        }
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
        client.getResources().shutdown();
    }

    /** Configures a {@link SharedRedis}; only the URI is required. */
    public static final class Builder {
        private String uri;
        private String keyPrefix = "kefu:";
        private Duration commandTimeout = Duration.ofSeconds(2);
        private Duration maxReconnectDelay = Duration.ofSeconds(1);

        private Builder() {
        }

        /** {@code redis://[:password@]host[:port][/database]}, or {@code rediss://} for TLS. */
        public Builder uri(String uri) { this.uri = uri; return this; }
        /** Put before every key, so that several deployments can share one Redis. */
        public Builder keyPrefix(String keyPrefix) { this.keyPrefix = keyPrefix; return this; }
        /** How long a command may take before it fails (and the request answers 503). */
        public Builder commandTimeout(Duration timeout) { this.commandTimeout = timeout; return this; }
        /** The longest wait between two attempts to reconnect. */
        public Builder maxReconnectDelay(Duration delay) { this.maxReconnectDelay = delay; return this; }

        /** Connects; throws {@link StoreException} when Redis cannot be reached, {@link IllegalArgumentException} for a bad URI. */
        public SharedRedis build() {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(keyPrefix, "keyPrefix");
            if (commandTimeout.isNegative() || commandTimeout.isZero() || maxReconnectDelay.isNegative()
                    || maxReconnectDelay.isZero()) {
                throw new IllegalArgumentException("the command timeout and the reconnect delay must be positive");
            }
            return new SharedRedis(this);
        }
    }
}
