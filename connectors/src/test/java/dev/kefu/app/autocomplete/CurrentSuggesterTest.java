package dev.kefu.app.autocomplete;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.FaqVariant;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.kb.suggest.Suggestion;
import dev.kefu.text.Language;
import dev.kefu.text.script.ChineseScript;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurrentSuggesterTest {

    private static FaqEntry entry(String id, String question) {
        return new FaqEntry(id, List.of(new FaqVariant(Language.EN, question, List.of(), "answer")), List.of());
    }

    @Test
    void rebuildsOnlyWhenTheKnowledgeBaseSwapsItsEntries() {
        KnowledgeBase knowledgeBase = KnowledgeBase.builder().entries(List.of(entry("a", "Refund time"))).build();
        CurrentSuggester current = new CurrentSuggester(knowledgeBase, ChineseScript.load());

        var first = current.get();
        assertThat(current.get()).isSameAs(first);
        assertThat(first.suggest("ref", 5)).containsExactly(new Suggestion("a", "Refund time"));

        knowledgeBase.replace(List.of(entry("b", "Refund method")));
        assertThat(current.get()).isNotSameAs(first);
        assertThat(current.get().suggest("ref", 5)).containsExactly(new Suggestion("b", "Refund method"));
    }
}
