package dev.kefu.kb.catalog;

import dev.kefu.kb.files.DurableFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog on disk: {@code catalog.json} holds the entries and the fingerprint of the last
 * imported source, replaced atomically on every change; {@code history.jsonl} gets one line per change.
 */
final class CatalogFiles {

    static final String CATALOG_FILE = "catalog.json";
    static final String HISTORY_FILE = "history.jsonl";
    private static final int FORMAT = 1;

    private final ObjectMapper json = JsonMapper.builder().build();
    private final Path catalogFile;
    private final Path historyFile;

    CatalogFiles(Path directory) {
        this.catalogFile = directory.resolve(CATALOG_FILE);
        this.historyFile = directory.resolve(HISTORY_FILE);
    }

    /** The stored catalog as written by {@link #save}, if there is one. */
    record Stored(int format, String sourceSha256, List<CatalogEntry> entries) {
    }

    Optional<Stored> load() {
        if (!Files.exists(catalogFile)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(Files.readAllBytes(catalogFile), Stored.class));
        } catch (IOException e) {
            throw new CatalogStorageException("cannot read " + catalogFile, e);
        } catch (JacksonException e) {
            throw new IllegalStateException(catalogFile + " is damaged: " + e.getOriginalMessage(), e);
        }
    }

    void save(String sourceSha256, List<CatalogEntry> entries) {
        try {
            DurableFiles.write(catalogFile, json.writeValueAsBytes(new Stored(FORMAT, sourceSha256, entries)));
        } catch (IOException e) {
            throw new CatalogStorageException("cannot write " + catalogFile, e);
        }
    }

    void append(List<HistoryRecord> records) {
        try {
            DurableFiles.appendLines(historyFile, records.stream().map(json::writeValueAsString).toList());
        } catch (IOException e) {
            throw new CatalogStorageException("cannot write " + historyFile, e);
        }
    }

    /** Every record in the order written; a line cut short by a crash is skipped. */
    List<HistoryRecord> history() {
        List<HistoryRecord> records = new ArrayList<>();
        try {
            for (String line : DurableFiles.readLines(historyFile)) {
                try {
                    records.add(json.readValue(line, HistoryRecord.class));
                } catch (JacksonException e) {
                    // only the last line can be torn, and the catalog file has the state it led to
                }
            }
        } catch (IOException e) {
            throw new CatalogStorageException("cannot read " + historyFile, e);
        }
        return records;
    }

    /** The highest version each id ever had, deleted ids included, so a version is never reused. */
    Map<String, Long> lastVersions() {
        Map<String, Long> versions = new HashMap<>();
        history().forEach(r -> versions.merge(r.entryId(), r.version(), Math::max));
        return versions;
    }
}
