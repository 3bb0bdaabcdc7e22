package dev.kefu.app.autocomplete;

import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.kb.suggest.QuestionSuggester;
import dev.kefu.text.script.ChineseScript;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The suggester for the knowledge base's current entries. The knowledge base swaps in a whole new
 * entry list when it is replaced, so a different list instance is the signal to rebuild.
 */
final class CurrentSuggester {

    private final KnowledgeBase knowledgeBase;
    private final ChineseScript script;
    private final AtomicReference<Built> built = new AtomicReference<>();

    CurrentSuggester(KnowledgeBase knowledgeBase, ChineseScript script) {
        this.knowledgeBase = knowledgeBase;
        this.script = script;
    }

    QuestionSuggester get() {
        List<FaqEntry> entries = knowledgeBase.entries();
        Built current = built.get();
        if (current == null || current.source() != entries) {
            // two requests may both rebuild after a swap; either result is right
            current = new Built(entries, QuestionSuggester.build(entries, script));
            built.set(current);
        }
        return current.suggester();
    }

    private record Built(List<FaqEntry> source, QuestionSuggester suggester) {
    }
}
