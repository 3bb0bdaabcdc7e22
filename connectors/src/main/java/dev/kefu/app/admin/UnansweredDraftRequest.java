package dev.kefu.app.admin;

import dev.kefu.kb.catalog.EntryRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The answer to a group of unanswered questions; the language defaults to the group's. */
record UnansweredDraftRequest(
        @NotBlank @Size(max = EntryRules.MAX_ANSWER_LENGTH) String answer,
        @Size(max = 20) String language) {
}
