package dev.kefu.app.autocomplete;

import dev.kefu.kb.suggest.Suggestion;
import java.util.List;

/** The questions offered for what the customer has typed, best first. */
record AutocompleteResponse(List<Item> suggestions) {

    static AutocompleteResponse of(List<Suggestion> suggestions) {
        return new AutocompleteResponse(suggestions.stream().map(s -> new Item(s.faqId(), s.question())).toList());
    }

    /** One suggested question and the FAQ entry it opens. */
    record Item(String faqId, String question) {
    }
}
