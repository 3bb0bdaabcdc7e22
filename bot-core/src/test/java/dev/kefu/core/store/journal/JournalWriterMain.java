package dev.kefu.core.store.journal;

import dev.kefu.core.store.StoreEvents;
import java.nio.file.Path;
import java.util.List;

/** Appends turns to a journal forever, printing "ack N" after turn N is stored; killed by the test. */
public final class JournalWriterMain {
    public static void main(String[] args) {
        JournalConversationStore store = JournalConversationStore.open(Path.of(args[0]));
        store.append(List.of(StoreEvents.opened("kill", "u")));
        for (long seq = 2; ; seq++) {
            store.append(List.of(StoreEvents.message("kill", seq, "message " + seq)));
            System.out.println("ack " + seq);
            System.out.flush();
        }
    }
}
