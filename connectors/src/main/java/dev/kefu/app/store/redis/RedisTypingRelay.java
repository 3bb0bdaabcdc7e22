package dev.kefu.app.store.redis;

import dev.kefu.app.widget.LocalTypingRelay;
import dev.kefu.app.widget.TypingRelay;
import dev.kefu.core.store.StoreException;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The typing relay of an instance among several on one Redis. A report reaches this instance's
 * listeners at once, on the reporting thread, and is sent as a small JSON signal on the Redis
 * channel {@code <prefix>typing}: the conversation, who types, on or off, and the instance that
 * sent it (so that it never reaches its own listeners twice), never what is typed. Every other
 * instance tells its listeners, in order, on one thread of its own; a signal that is not one is
 * ignored. Typing is fleeting: while Redis is away, the other instances just do not see it.
 */
public final class RedisTypingRelay implements TypingRelay {

    private static final Logger log = LoggerFactory.getLogger(RedisTypingRelay.class);

    private final SharedRedis redis;
    private final String channel;
    private final String instance = UUID.randomUUID().toString();
    private final LocalTypingRelay local = new LocalTypingRelay();
    private final ObjectMapper json = JsonMapper.builder().build();
    private final RedisSubscription subscription;

    /** Subscribes at once; throws {@link StoreException} when Redis cannot be reached. */
    public RedisTypingRelay(SharedRedis redis) {
        this.redis = redis;
        this.channel = redis.key("typing");
        this.subscription = RedisSubscription.open(redis, channel, this::received);
    }

    /** What travels on the channel. */
    record Signal(String instance, String conversationId, Actor actor, Boolean typing) {
    }

    @Override
    public void typing(Typing typing) {
        local.typing(typing);
        String message = json.writeValueAsString(new Signal(instance, typing.conversationId(), typing.actor(), typing.typing()));
        try {
            redis.call(c -> c.publish(channel, message));
        } catch (StoreException e) {
            log.debug("typing in {} was not sent to the other instances: {}", typing.conversationId(), e.getMessage());
        }
    }

    private void received(String message) {
        Signal signal;
        try {
            signal = json.readValue(message, Signal.class);
        } catch (JacksonException e) {
            log.warn("ignored a message on {} that is not a typing signal", channel);
            return;
        }
        if (signal.instance() == null || signal.conversationId() == null || signal.conversationId().isBlank()
                || signal.actor() == null || signal.typing() == null) {
            log.warn("ignored a message on {} that is not a typing signal", channel);
            return;
        }
        if (!instance.equals(signal.instance())) {
            local.typing(new Typing(signal.conversationId(), signal.actor(), signal.typing()));
        }
    }

    @Override
    public Runnable subscribe(Consumer<Typing> listener) {
        return local.subscribe(listener);
    }

    @Override
    public void close() {
        subscription.close();
        local.close();
    }
}
