package dev.kefu.core.events;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The work feed of a single instance (the embedded store): every event published on the local bus
 * goes to each group's handler on that group's own thread, in order. A handler that throws gets the
 * event again after the retry delay, up to the cap on deliveries. Nothing outlives the process: the
 * one instance is the only consumer, so there is nobody to hand an unfinished event to.
 */
public final class LocalWorkFeed implements WorkFeed {

    private static final System.Logger LOG = System.getLogger(LocalWorkFeed.class.getName());

    private final ConversationEventBus.Subscription subscription;
    private final int maxDeliveries;
    private final Duration retryDelay;
    private final Map<String, ScheduledExecutorService> groups = new ConcurrentHashMap<>();
    private final Map<String, WorkHandler> handlers = new ConcurrentHashMap<>();

    /** Feeds the groups from {@code bus}; an event is handled at most {@code maxDeliveries} times, {@code retryDelay} apart. */
    public LocalWorkFeed(ConversationEventBus bus, int maxDeliveries, Duration retryDelay) {
        if (maxDeliveries < 1 || retryDelay.isNegative()) {
            throw new IllegalArgumentException("the cap on deliveries must be at least 1 and the retry delay not negative");
        }
        this.maxDeliveries = maxDeliveries;
        this.retryDelay = retryDelay;
        this.subscription = bus.subscribe(event -> {
            EventReference reference = new EventReference(event.conversationId(), event.sequence(), event.kind());
            groups.keySet().forEach(group -> deliver(group, reference, 1, 0));
        });
    }

    @Override
    public Consumption consume(String group, WorkHandler handler) {
        WorkFeed.checkGroup(group);
        if (handlers.putIfAbsent(group, handler) != null) {
            throw new IllegalStateException("work group " + group + " is already consumed here");
        }
        groups.put(group, Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "kefu-work-" + group);
            thread.setDaemon(true);
            return thread;
        }));
        return () -> stop(group);
    }

    private void deliver(String group, EventReference event, int delivery, long delayMillis) {
        ScheduledExecutorService executor = groups.get(group);
        if (executor == null) {
            return;
        }
        try {
            executor.schedule(() -> handle(group, event, delivery), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // the group's consumption is closing: nobody is left to do the work
        }
    }

    private void handle(String group, EventReference event, int delivery) {
        WorkHandler handler = handlers.get(group);
        if (handler == null) {
            return;
        }
        try {
            handler.handle(event);
        } catch (RuntimeException e) {
            if (delivery >= maxDeliveries) {
                LOG.log(System.Logger.Level.ERROR, "work group " + group + " gave up on " + event.kind() + " #" + event.sequence()
                        + " of " + event.conversationId() + " after " + delivery + " deliveries: " + e.getMessage());
            } else {
                LOG.log(System.Logger.Level.WARNING, "work group " + group + " failed on " + event.kind() + " #" + event.sequence()
                        + " of " + event.conversationId() + ", trying again in " + retryDelay + ": " + e.getMessage());
                deliver(group, event, delivery + 1, retryDelay.toMillis());
            }
        }
    }

    private void stop(String group) {
        handlers.remove(group);
        ScheduledExecutorService executor = groups.remove(group);
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public void close() {
        subscription.close();
        groups.keySet().forEach(this::stop);
    }
}
