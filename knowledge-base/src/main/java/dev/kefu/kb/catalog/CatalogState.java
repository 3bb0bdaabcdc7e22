package dev.kefu.kb.catalog;

import dev.kefu.kb.FaqEntry;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** An immutable snapshot of the catalog: readers use one while a writer prepares the next. */
record CatalogState(SortedMap<String, CatalogEntry> entries, Map<String, Long> lastVersions, String sourceSha256) {

    CatalogState {
        entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
        lastVersions = Map.copyOf(lastVersions);
    }

    static CatalogState empty() {
        return new CatalogState(new TreeMap<>(), Map.of(), null);
    }

    long nextVersion(String id) {
        long entryVersion = entries.containsKey(id) ? entries.get(id).version() : 0;
        return Math.max(entryVersion, lastVersions.getOrDefault(id, 0L)) + 1;
    }

    List<FaqEntry> published() {
        return entries.values().stream().filter(CatalogEntry::published).map(CatalogEntry::faq).toList();
    }

    /** This state with the given entries put and ids removed. */
    CatalogState with(List<CatalogEntry> put, List<String> removed, String sourceSha256) {
        TreeMap<String, CatalogEntry> next = new TreeMap<>(entries);
        removed.forEach(next::remove);
        put.forEach(e -> next.put(e.id(), e));
        return new CatalogState(next, lastVersions, sourceSha256);
    }

    /** This state with the versions of the records noted, so none is given again. */
    CatalogState noting(List<HistoryRecord> records) {
        Map<String, Long> versions = new HashMap<>(lastVersions);
        records.forEach(r -> versions.merge(r.entryId(), r.version(), Math::max));
        return new CatalogState(entries, versions, sourceSha256);
    }
}
