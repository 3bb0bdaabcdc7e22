package dev.kefu.app.admin;

import dev.kefu.kb.catalog.HistoryAction;
import dev.kefu.kb.catalog.HistoryRecord;
import java.time.Instant;

/** One change of an entry and the entry as it was. */
record HistoryView(long version, HistoryAction action, String who, Instant at, EntryView entry) {

    static HistoryView of(HistoryRecord record) {
        return new HistoryView(record.version(), record.action(), record.who(), record.at(), EntryView.of(record.entry()));
    }
}
