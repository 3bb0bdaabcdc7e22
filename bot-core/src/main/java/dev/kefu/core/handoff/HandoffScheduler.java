package dev.kefu.core.handoff;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the handoff's periodic work on one background thread: assigns waiting conversations,
 * tells customers whose wait ran out, deletes expired callback requests. {@link #tick()} does one
 * round, so tests drive it with their own clock instead of sleeping.
 */
public final class HandoffScheduler implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(HandoffScheduler.class.getName());

    private final Dispatcher dispatcher;
    private final QueueTimeouts timeouts;
    private final CallbackStore callbacks;
    private final Clock clock;
    private ScheduledExecutorService executor;

    public HandoffScheduler(Dispatcher dispatcher, QueueTimeouts timeouts, CallbackStore callbacks, Clock clock) {
        this.dispatcher = dispatcher;
        this.timeouts = timeouts;
        this.callbacks = callbacks;
        this.clock = clock;
    }

    /** One round of the periodic work. */
    public void tick() {
        dispatcher.dispatch();
        timeouts.check();
        callbacks.deleteExpired(clock.instant());
    }

    /** Runs {@link #tick()} every {@code interval} until closed; a failed round is logged and the next one runs. */
    public synchronized void start(Duration interval) {
        if (executor != null) {
            throw new IllegalStateException("already started");
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "kefu-handoff");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                tick();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "handoff round failed; trying again in " + interval, e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}
