package dev.kefu.app.channel.telegram;

import dev.kefu.app.channel.http.PlatformHttp;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Runs the bot without a public URL: one background thread calls {@code getUpdates} with the
 * offset after the last update handled, at most {@code limit} updates at a time, and hands each to
 * the same handler as the webhook. An update whose handling fails is tried again on the next call,
 * up to three times, then skipped with an error; a failed call waits a growing pause (up to a
 * minute) before the next. Telegram refuses getUpdates while a webhook is set.
 */
final class TelegramLongPolling implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramLongPolling.class);
    private static final int ATTEMPTS_PER_UPDATE = 3;
    private static final Duration MAX_PAUSE = Duration.ofMinutes(1);

    private final TelegramClient client;
    private final TelegramUpdates updates;
    private final TelegramProperties.Polling settings;
    private final PlatformHttp http;
    private final Thread thread;
    private volatile boolean running = true;
    private long offset;
    private long failingUpdate = -1;
    private int failures;

    TelegramLongPolling(TelegramClient client, TelegramUpdates updates, TelegramProperties.Polling settings) {
        this.client = client;
        this.updates = updates;
        this.settings = settings;
        this.http = PlatformHttp.builder().maxAttempts(1).requestTimeout(settings.timeout().plusSeconds(10)).build();
        this.thread = new Thread(this::run, "kefu-telegram-polling");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        Duration pause = Duration.ofSeconds(1);
        while (running) {
            try {
                JsonNode batch = client.getUpdates(offset, settings.timeout(), settings.limit(), http);
                handle(batch);
                pause = Duration.ofSeconds(1);
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("telegram getUpdates failed ({}); next call in {} s", e.getMessage(), pause.toSeconds());
                if (!sleep(pause)) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private void handle(JsonNode batch) {
        for (JsonNode update : batch) {
            long id = update.path("update_id").asLong();
            try {
                updates.handle(update);
            } catch (RuntimeException e) {
                failures = id == failingUpdate ? failures + 1 : 1;
                failingUpdate = id;
                if (failures < ATTEMPTS_PER_UPDATE) {
                    throw e;
                }
                log.error("telegram update {} skipped after {} failed attempts: {}", id, failures, e.getMessage());
            }
            offset = id + 1;
        }
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

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5_000);
    }
}
