package dev.kefu.kb.catalog;

import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.io.FaqFormat;
import dev.kefu.kb.io.FaqFormatException;
import dev.kefu.kb.io.FaqReader;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.text.script.ChineseScript;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The editable source of truth behind a live {@link KnowledgeBase}: entries with a status
 * (published or draft), a version each, and an append-only history of every change. Every change
 * that touches a published entry rebuilds the live index through {@link KnowledgeBase#replace},
 * which swaps it in atomically, so the bot never sees a half-applied change and drafts never.
 *
 * <p>On disk, under its directory: {@code catalog.json} (entries and the SHA-256 of the last
 * imported source), replaced atomically (temporary file, fsync, atomic move) on every change, so a
 * crash leaves the old catalog or the new one; {@code history.jsonl}, one JSON line per change.
 *
 * <p><b>Seeding at start-up</b> ({@link #seed}): if the directory has a catalog, it is used as it
 * is, unless the SHA-256 of the configured source file (the configured knowledge base or the
 * bundled demo) differs from the one stored at its last import: then the file is imported again,
 * which replaces the published entries and is recorded as {@code IMPORT} in the history. Without a
 * catalog the source is imported. So edits made through the catalog survive restarts, and a new
 * file given by the operator wins over them.
 *
 * <p>Reads are lock-free on an immutable snapshot; changes are serialized. Thread-safe.
 */
public final class KnowledgeCatalog {

    /** What {@link #seed} did. */
    public enum SeedOutcome { LOADED, IMPORTED }

    private final CatalogFiles files;
    private final KnowledgeBase liveIndex;
    private final FaqReader reader;
    private final CatalogFilter filter;
    private final Clock clock;
    private final Object writeLock = new Object();
    private volatile CatalogState state;

    private KnowledgeCatalog(Builder builder) {
        this.files = new CatalogFiles(Objects.requireNonNull(builder.directory, "directory"));
        this.liveIndex = Objects.requireNonNull(builder.knowledgeBase, "knowledgeBase");
        this.reader = Objects.requireNonNull(builder.reader, "reader");
        this.filter = new CatalogFilter(builder.script != null ? builder.script : ChineseScript.load());
        this.clock = builder.clock;
        this.state = files.load()
                .map(s -> CatalogState.of(s.entries(), files.lastVersions(), s.sourceSha256()))
                .orElseGet(CatalogState::empty);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Applies the seeding rule of the class comment and puts the published entries live. */
    public SeedOutcome seed(SeedSource source, String who) throws IOException, FaqFormatException {
        synchronized (writeLock) {
            // a catalog that was never seeded has no fingerprint, so it is seeded now
            if (source.sha256().equals(state.sourceSha256())) {
                liveIndex.replace(state.published());
                return SeedOutcome.LOADED;
            }
            importEntries(reader.read(new ByteArrayInputStream(source.content()), source.format()), source.sha256(), who);
            return SeedOutcome.IMPORTED;
        }
    }

    /**
     * Replaces the published entries by those of a file; drafts with other ids stay. All or
     * nothing: a file with any problem throws and changes nothing.
     */
    public ImportResult importFile(InputStream in, FaqFormat format, String who) throws IOException, FaqFormatException {
        List<FaqEntry> entries = reader.read(in, format);
        synchronized (writeLock) {
            return importEntries(entries, state.sourceSha256(), who);
        }
    }

    public CatalogEntry create(FaqEntry faq, EntryStatus status, String who) {
        EntryRules.check(faq);
        synchronized (writeLock) {
            if (state.entries().containsKey(faq.id())) {
                throw new EntryExistsException(faq.id());
            }
            CatalogEntry created = stamp(faq, status, state.nextVersion(faq.id()), who);
            commit(state.with(created),
                    List.of(record(created, HistoryAction.CREATE)), created.published());
            return created;
        }
    }

    /** Changes the texts and tags of an entry, if it is still at {@code expectedVersion}; the status stays. */
    public CatalogEntry update(String id, long expectedVersion, FaqEntry faq, String who) {
        if (!faq.id().equals(id)) {
            throw new InvalidEntryException(List.of("the id of an entry cannot change"));
        }
        EntryRules.check(faq);
        synchronized (writeLock) {
            CatalogEntry current = current(id, expectedVersion);
            CatalogEntry updated = stamp(faq, current.status(), state.nextVersion(id), who);
            commit(state.with(updated),
                    List.of(record(updated, HistoryAction.UPDATE)), updated.published());
            return updated;
        }
    }

    /** Deletes an entry if it is still at {@code expectedVersion}, or at any version when that is null. */
    public void delete(String id, Long expectedVersion, String who) {
        synchronized (writeLock) {
            CatalogEntry current = current(id, expectedVersion);
            HistoryRecord deleted = new HistoryRecord(id, state.nextVersion(id), HistoryAction.DELETE, who,
                    clock.instant(), current);
            commit(state.without(id), List.of(deleted), current.published());
        }
    }

    /** Puts a draft live; publishing a published entry changes nothing. */
    public CatalogEntry publish(String id, String who) {
        synchronized (writeLock) {
            CatalogEntry current = current(id, null);
            if (current.published()) {
                return current;
            }
            CatalogEntry published = stamp(current.faq(), EntryStatus.PUBLISHED, state.nextVersion(id), who);
            commit(state.with(published),
                    List.of(record(published, HistoryAction.PUBLISH)), true);
            return published;
        }
    }

    public Optional<CatalogEntry> get(String id) {
        return Optional.ofNullable(state.entries().get(id));
    }

    public CatalogPage list(CatalogQuery query) {
        List<CatalogEntry> matching = state.entries().values().stream().filter(filter.of(query))
                .sorted(Comparator.comparing(CatalogEntry::id)).toList();
        int from = (int) Math.min((long) query.page() * query.size(), matching.size());
        int to = Math.min(from + query.size(), matching.size());
        return new CatalogPage(matching.subList(from, to), query.page(), query.size(), matching.size());
    }

    /** The changes of an entry, oldest first; a deleted entry keeps its history. */
    public List<HistoryRecord> history(String id) {
        return files.history().stream().filter(r -> r.entryId().equals(id)).toList();
    }

    /** The entries the bot answers from. */
    public List<FaqEntry> published() {
        return state.published();
    }

    /** Rebuilds the live index from the published entries, e.g. after a change of analyzers. */
    public void reindex() {
        synchronized (writeLock) {
            liveIndex.replace(state.published());
        }
    }

    private ImportResult importEntries(List<FaqEntry> entries, String sourceSha256, String who) throws FaqFormatException {
        List<FaqFormatException.Problem> problems = new ArrayList<>();
        entries.forEach(e -> EntryRules.problems(e).forEach(p ->
                problems.add(new FaqFormatException.Problem(0, "entry '" + e.id() + "': " + p))));
        if (!problems.isEmpty()) {
            throw new FaqFormatException(problems);
        }
        Set<String> incoming = entries.stream().map(FaqEntry::id).collect(Collectors.toSet());
        List<CatalogEntry> inFileOrder = new ArrayList<>();
        List<HistoryRecord> records = new ArrayList<>();
        int created = 0, updated = 0, unchanged = 0;
        for (FaqEntry faq : entries) {
            CatalogEntry existing = state.entries().get(faq.id());
            if (existing != null && existing.published() && existing.faq().equals(faq)) {
                inFileOrder.add(existing);
                unchanged++;
                continue;
            }
            CatalogEntry imported = stamp(faq, EntryStatus.PUBLISHED, state.nextVersion(faq.id()), who);
            inFileOrder.add(imported);
            records.add(record(imported, HistoryAction.IMPORT));
            if (existing == null) {
                created++;
            } else {
                updated++;
            }
        }
        int removed = 0;
        for (CatalogEntry gone : state.entries().values()) {
            if (gone.published() && !incoming.contains(gone.id())) {
                removed++;
                records.add(new HistoryRecord(gone.id(), state.nextVersion(gone.id()), HistoryAction.DELETE, who,
                        clock.instant(), gone));
            }
        }
        commit(state.imported(inFileOrder, sourceSha256), records, true);
        return new ImportResult(created, updated, unchanged, removed);
    }

    private CatalogEntry current(String id, Long expectedVersion) {
        CatalogEntry current = state.entries().get(id);
        if (current == null) {
            throw new EntryNotFoundException(id);
        }
        if (expectedVersion != null && current.version() != expectedVersion) {
            throw new VersionConflictException(id, expectedVersion, current.version());
        }
        return current;
    }

    private CatalogEntry stamp(FaqEntry faq, EntryStatus status, long version, String who) {
        return new CatalogEntry(faq, status, version, clock.instant(), who);
    }

    private HistoryRecord record(CatalogEntry entry, HistoryAction action) {
        return new HistoryRecord(entry.id(), entry.version(), action, entry.updatedBy(), entry.updatedAt(), entry);
    }

    // disk first: a change that could not be stored never reaches memory or the bot
    private void commit(CatalogState next, List<HistoryRecord> records, boolean publishedChanged) {
        files.save(next.sourceSha256(), List.copyOf(next.entries().values()));
        if (!records.isEmpty()) {
            files.append(records);
        }
        state = next.noting(records);
        if (publishedChanged) {
            liveIndex.replace(next.published());
        }
    }

    /** Configures a catalog; the directory, the live knowledge base and the reader for imports are required. */
    public static final class Builder {
        private Path directory;
        private KnowledgeBase knowledgeBase;
        private FaqReader reader;
        private ChineseScript script;
        private Clock clock = Clock.systemUTC();

        public Builder directory(Path directory) {
            this.directory = directory;
            return this;
        }

        public Builder knowledgeBase(KnowledgeBase knowledgeBase) {
            this.knowledgeBase = knowledgeBase;
            return this;
        }

        public Builder reader(FaqReader reader) {
            this.reader = reader;
            return this;
        }

        public Builder chineseScript(ChineseScript script) {
            this.script = script;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public KnowledgeCatalog build() {
            return new KnowledgeCatalog(this);
        }
    }
}
