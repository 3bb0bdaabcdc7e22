package dev.kefu.core.handoff;

import dev.kefu.core.store.StoreException;
import dev.kefu.kb.files.DurableFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The embedded wait history: the waits in memory, and in a file of milliseconds (one per line,
 * newest first) rewritten atomically at each new wait, so the expected wait a customer is told
 * after a restart still comes from the waits before it. A line that is not a number of
 * milliseconds (a file edited by hand) is skipped with a warning: the history is an estimate, and
 * a bad line must not stop the service.
 */
public final class FileWaitHistory implements WaitHistory {

    private static final System.Logger LOG = System.getLogger(FileWaitHistory.class.getName());

    private final Path file;
    private final int capacity;
    private final InMemoryWaitHistory waits;

    private FileWaitHistory(Path file, int capacity) {
        this.file = file;
        this.capacity = capacity;
        this.waits = new InMemoryWaitHistory(capacity);
    }

    /** Opens the history kept in {@code file} (created at the first wait), keeping the last {@code capacity} waits. */
    public static FileWaitHistory open(Path file, int capacity) {
        FileWaitHistory history = new FileWaitHistory(file, capacity);
        List<String> lines;
        try {
            lines = DurableFiles.readLines(file);
        } catch (IOException e) {
            throw new StoreException("cannot read the wait history in " + file, e);
        }
        List<Duration> stored = lines.stream().limit(capacity).map(line -> parse(file, line))
                .filter(wait -> wait != null).toList();
        for (int i = stored.size() - 1; i >= 0; i--) {
            history.waits.record(stored.get(i));
        }
        return history;
    }

    private static Duration parse(Path file, String line) {
        try {
            long millis = Long.parseLong(line.strip());
            if (millis >= 0) {
                return Duration.ofMillis(millis);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        if (!line.isBlank()) {
            LOG.log(System.Logger.Level.WARNING, "skipped a line of " + file + " that is not a wait in milliseconds");
        }
        return null;
    }

    @Override
    public synchronized void record(Duration wait) {
        waits.record(wait);
        String text = waits.recent(capacity).stream().map(w -> Long.toString(w.toMillis()))
                .collect(Collectors.joining("\n", "", "\n"));
        try {
            DurableFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException("cannot write the wait history to " + file, e);
        }
    }

    @Override
    public List<Duration> recent(int limit) {
        return waits.recent(limit);
    }
}
