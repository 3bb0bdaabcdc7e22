package dev.kefu.kb;

import dev.kefu.text.Language;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A question the business answers, in one or more languages. The id is stable across edits and
 * languages, so an answer given in Chinese and one in English count as the same FAQ.
 */
public record FaqEntry(String id, List<FaqVariant> variants, List<String> tags) {

    public FaqEntry {
        Objects.requireNonNull(id, "id");
        variants = List.copyOf(variants);
        tags = List.copyOf(tags);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("entry " + id + " has no language variant");
        }
    }

    public Optional<FaqVariant> variant(Language language) {
        return variants.stream().filter(v -> v.language() == language).findFirst();
    }

    /**
     * The variant to answer a customer who writes in {@code language}: the same language, else the
     * other Chinese script (the caller converts it), else the first one the entry has.
     */
    public FaqVariant variantFor(Language language) {
        return variant(language)
                .or(() -> language.isChinese()
                        ? variant(language == Language.ZH_HANS ? Language.ZH_HANT : Language.ZH_HANS)
                        : Optional.empty())
                .orElse(variants.get(0));
    }
}
