package dev.kefu.app.admin;

import dev.kefu.kb.catalog.EntryRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An agent's answer to save as a draft; the conversation it came from is kept as a tag. */
record DraftRequest(
        @NotBlank @Size(max = EntryRules.MAX_QUESTION_LENGTH) String question,
        @NotBlank @Size(max = EntryRules.MAX_ANSWER_LENGTH) String answer,
        @Size(max = 20) String language,
        @Pattern(regexp = "[A-Za-z0-9._-]{1,50}") String conversationId) {

    String originTag() {
        return conversationId == null ? "from-agent" : "conversation:" + conversationId;
    }
}
