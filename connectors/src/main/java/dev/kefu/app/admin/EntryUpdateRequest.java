package dev.kefu.app.admin;

import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.catalog.EntryRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** New texts and tags of an entry, applied only if it is still at {@code version} (the one the admin read). */
record EntryUpdateRequest(
        @NotNull @Positive Long version,
        @Size(max = EntryRules.MAX_TAGS) List<@NotBlank @Size(max = EntryRules.MAX_TAG_LENGTH) String> tags,
        @NotEmpty @Size(max = 3) List<@Valid VariantBody> variants) {

    FaqEntry toFaq(String id) {
        return VariantBody.faqEntry(id, variants, tags);
    }
}
