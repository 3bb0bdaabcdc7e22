package dev.kefu.app.privacy;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.privacy.RetentionSweeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the retention sweep on a thread of its own, once per interval; a failed sweep is logged and tried again next time. */
final class RetentionSchedule implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

    private final RetentionSweeper sweeper;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "kefu-retention");
        thread.setDaemon(true);
        return thread;
    });

    RetentionSchedule(RetentionSweeper sweeper, Duration interval) {
        this.sweeper = sweeper;
        executor.scheduleWithFixedDelay(this::sweep, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void sweep() {
        try {
            List<Conversation> deleted = sweeper.sweep();
            if (!deleted.isEmpty()) {
                log.info("retention: deleted {} conversations whose last event is past the retention", deleted.size());
            }
        } catch (RuntimeException e) {
            log.warn("retention sweep failed; it runs again at the next interval: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
