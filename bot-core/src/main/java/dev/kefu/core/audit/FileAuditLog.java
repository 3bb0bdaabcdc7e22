package dev.kefu.core.audit;

import dev.kefu.core.store.StoreException;
import dev.kefu.kb.files.DurableFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded audit log: one JSON line per entry appended to {@code audit.jsonl} in a directory,
 * forced to disk before {@link #append} returns, and read back whole at start-up (a last line cut
 * short by a crash was never acknowledged and is cut off). One instance per directory.
 */
public final class FileAuditLog implements AuditLog {

    static final String FILE = "audit.jsonl";

    private final ObjectMapper json = JsonMapper.builder().build();
    private final Path file;
    private final List<AuditEntry> entries = new ArrayList<>();

    private FileAuditLog(Path file) {
        this.file = file;
    }

    /** Opens (or creates) the log in {@code directory}. */
    public static FileAuditLog open(Path directory) {
        FileAuditLog log = new FileAuditLog(directory.resolve(FILE));
        try {
            dropTornLastLine(log.file);
            for (String line : DurableFiles.readLines(log.file)) {
                try {
                    log.entries.add(log.json.readValue(line, AuditEntry.class));
                } catch (JacksonException e) {
                    // a line torn by a crash: its append never returned
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot read the audit log " + log.file, e);
        }
        return log;
    }

    /** Cuts a last line that a crash left without its newline, so the next entry starts a line of its own. */
    private static void dropTornLastLine(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        if (end < bytes.length) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(end);
                channel.force(true);
            }
        }
    }

    @Override
    public synchronized void append(AuditEntry entry) {
        try {
            DurableFiles.appendLines(file, List.of(json.writeValueAsString(entry)));
        } catch (IOException e) {
            throw new StoreException("cannot write the audit log " + file, e);
        }
        entries.add(entry);
    }

    @Override
    public synchronized List<AuditEntry> list(AuditQuery query) {
        List<AuditEntry> found = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && found.size() < query.limit(); i--) {
            if (query.matches(entries.get(i))) {
                found.add(entries.get(i));
            }
        }
        return found;
    }

    @Override
    public void close() {
    }
}
