package dev.kefu.kb.catalog;

import dev.kefu.kb.FaqEntry;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable snapshot of the catalog: readers use one while a writer prepares the next. Entries
 * keep the order of the file they were imported from, new ones at the end, because the index
 * breaks ties between equally good matches by that order.
 */
record CatalogState(Map<String, CatalogEntry> entries, Map<String, Long> lastVersions, String sourceSha256) {

    CatalogState {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        lastVersions = Map.copyOf(lastVersions);
    }

    static CatalogState empty() {
        return new CatalogState(Map.of(), Map.of(), null);
    }

    static CatalogState of(List<CatalogEntry> entries, Map<String, Long> lastVersions, String sourceSha256) {
        Map<String, CatalogEntry> byId = new LinkedHashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        return new CatalogState(byId, lastVersions, sourceSha256);
    }

    long nextVersion(String id) {
        long entryVersion = entries.containsKey(id) ? entries.get(id).version() : 0;
        return Math.max(entryVersion, lastVersions.getOrDefault(id, 0L)) + 1;
    }

    List<FaqEntry> published() {
        return entries.values().stream().filter(CatalogEntry::published).map(CatalogEntry::faq).toList();
    }

    /** This state with an entry put (in its place, or at the end when new). */
    CatalogState with(CatalogEntry entry) {
        Map<String, CatalogEntry> next = new LinkedHashMap<>(entries);
        next.put(entry.id(), entry);
        return new CatalogState(next, lastVersions, sourceSha256);
    }

    CatalogState without(String id) {
        Map<String, CatalogEntry> next = new LinkedHashMap<>(entries);
        next.remove(id);
        return new CatalogState(next, lastVersions, sourceSha256);
    }

    /** The entries of a file, in its order, then the drafts it does not name; other published entries go. */
    CatalogState imported(List<CatalogEntry> fileEntries, String sourceSha256) {
        Map<String, CatalogEntry> next = new LinkedHashMap<>();
        fileEntries.forEach(e -> next.put(e.id(), e));
        entries.values().stream().filter(e -> !e.published() && !next.containsKey(e.id()))
                .forEach(e -> next.put(e.id(), e));
        return new CatalogState(next, lastVersions, sourceSha256);
    }

    /** This state with the versions of the records noted, so none is given again. */
    CatalogState noting(List<HistoryRecord> records) {
        Map<String, Long> versions = new HashMap<>(lastVersions);
        records.forEach(r -> versions.merge(r.entryId(), r.version(), Math::max));
        return new CatalogState(entries, versions, sourceSha256);
    }
}
