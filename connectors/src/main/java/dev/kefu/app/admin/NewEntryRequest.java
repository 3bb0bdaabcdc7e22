package dev.kefu.app.admin;

import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.catalog.EntryRules;
import dev.kefu.kb.catalog.EntryStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new entry; without a status it is published at once. */
record NewEntryRequest(
        @NotBlank @Pattern(regexp = EntryRules.ID_PATTERN) String id,
        EntryStatus status,
        @Size(max = EntryRules.MAX_TAGS) List<@NotBlank @Size(max = EntryRules.MAX_TAG_LENGTH) String> tags,
        @NotEmpty @Size(max = 3) List<@Valid VariantBody> variants) {

    FaqEntry toFaq() {
        return VariantBody.faqEntry(id, variants, tags);
    }

    EntryStatus statusOrDefault() {
        return status == null ? EntryStatus.PUBLISHED : status;
    }
}
