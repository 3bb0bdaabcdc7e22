package dev.kefu.app.store.redis;

import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.events.ConversationEventBus;
import dev.kefu.core.events.LocalConversationEventBus;
import dev.kefu.core.store.StoreException;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event bus of an instance among several on one Redis. The events an instance publishes reach
 * its own subscribers at once, on the publishing thread, and are sent as one JSON message on the
 * Redis channel {@code <prefix>events}; every other instance hands them to its subscribers, in
 * order, on one thread of its own. A message names the instance that sent it, so an instance never
 * delivers its own events twice. The subscription has a connection of its own, which Lettuce
 * reconnects and subscribes again after Redis restarts; what was published while an instance was
 * cut off is not replayed (the bus is at most once: a watcher catches up from the store).
 */
public final class RedisConversationEventBus implements ConversationEventBus {

    private static final Logger log = LoggerFactory.getLogger(RedisConversationEventBus.class);

    private final SharedRedis redis;
    private final String channel;
    private final String instance = UUID.randomUUID().toString();
    private final LocalConversationEventBus local = new LocalConversationEventBus();
    private final ObjectMapper json = JsonMapper.builder().build();
    private final RedisSubscription subscription;

    /** Subscribes at once; throws {@link StoreException} when Redis cannot be reached. */
    public RedisConversationEventBus(SharedRedis redis) {
        this.redis = redis;
        this.channel = redis.key("events");
        this.subscription = RedisSubscription.open(redis, channel, this::received);
    }

    /** What travels on the channel: the events of one append and the instance that stored them. */
    record Envelope(String instance, List<ConversationEvent> events) {
    }

    /**
     * Tells this instance's subscribers, then the other instances. The events are already stored,
     * so a Redis failure here is logged and not thrown: the append must not be refused (and resent) for it.
     */
    @Override
    public void publish(List<ConversationEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        local.publish(events);
        String message = json.writeValueAsString(new Envelope(instance, events));
        try {
            redis.call(c -> c.publish(channel, message));
        } catch (StoreException e) {
            log.warn("{} events of {} were stored but not sent to the other instances: {}", events.size(),
                    events.get(0).conversationId(), e.getMessage());
        }
    }

    private void received(String message) {
        Envelope envelope;
        try {
            envelope = json.readValue(message, Envelope.class);
        } catch (JacksonException e) {
            log.warn("ignored a message on {} that is not a batch of events", channel);
            return;
        }
        if (!instance.equals(envelope.instance()) && envelope.events() != null) {
            envelope.events().forEach(local::deliver);
        }
    }

    @Override
    public Subscription subscribe(Consumer<ConversationEvent> subscriber) {
        return local.subscribe(subscriber);
    }

    @Override
    public void close() {
        subscription.close();
        local.close();
    }
}
