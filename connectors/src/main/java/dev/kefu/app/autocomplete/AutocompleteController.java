package dev.kefu.app.autocomplete;

import dev.kefu.app.web.InvalidInputException;
import dev.kefu.kb.suggest.QuestionSuggester;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Suggests FAQ questions while the customer types in the chat widget. */
@RestController
class AutocompleteController {

    private final CurrentSuggester suggester;

    AutocompleteController(CurrentSuggester suggester) {
        this.suggester = suggester;
    }

    @GetMapping(path = "/api/v1/chat/autocomplete", produces = MediaType.APPLICATION_JSON_VALUE)
    AutocompleteResponse suggest(@RequestParam("q") String q, @RequestParam(name = "limit", defaultValue = "5") int limit) {
        if (limit < 1 || limit > QuestionSuggester.MAX_SUGGESTIONS) {
            throw new InvalidInputException("limit", "must be between 1 and " + QuestionSuggester.MAX_SUGGESTIONS);
        }
        return AutocompleteResponse.of(suggester.get().suggest(q, limit));
    }
}
