package dev.kefu.app.admin;

import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.FaqVariant;
import dev.kefu.kb.catalog.EntryRules;
import dev.kefu.text.Language;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** One language of an entry, as the admin API reads and writes it; {@code language} is a tag: zh-Hans, zh-Hant or en. */
record VariantBody(
        @NotBlank @Size(max = 20) String language,
        @NotBlank @Size(max = EntryRules.MAX_QUESTION_LENGTH) String question,
        @Size(max = EntryRules.MAX_ALTERNATES) List<@NotBlank @Size(max = EntryRules.MAX_QUESTION_LENGTH) String> alternates,
        @NotBlank @Size(max = EntryRules.MAX_ANSWER_LENGTH) String answer) {

    static VariantBody of(FaqVariant variant) {
        return new VariantBody(variant.language().tag(), variant.question(), variant.alternates(), variant.answer());
    }

    FaqVariant toVariant() {
        List<String> stripped = alternates == null ? List.of() : alternates.stream().map(String::strip).toList();
        return new FaqVariant(Language.fromTag(language), question.strip(), stripped, answer.strip());
    }

    static FaqEntry faqEntry(String id, List<VariantBody> variants, List<String> tags) {
        return new FaqEntry(id, variants.stream().map(VariantBody::toVariant).toList(),
                tags == null ? List.of() : tags.stream().map(String::strip).toList());
    }
}
