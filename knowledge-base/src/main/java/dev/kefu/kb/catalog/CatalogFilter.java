package dev.kefu.kb.catalog;

import dev.kefu.kb.FaqVariant;
import dev.kefu.text.normalize.TextNormalizer;
import dev.kefu.text.script.ChineseScript;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns a {@link CatalogQuery} into a test of entries; text is compared folded, so 退貨 finds 退货 and RETURN finds return. */
final class CatalogFilter {

    private final ChineseScript script;

    CatalogFilter(ChineseScript script) {
        this.script = script;
    }

    Predicate<CatalogEntry> of(CatalogQuery query) {
        Predicate<CatalogEntry> test = e -> true;
        if (query.status() != null) {
            test = test.and(e -> e.status() == query.status());
        }
        if (query.language() != null) {
            test = test.and(e -> e.faq().variant(query.language()).isPresent());
        }
        if (query.tag() != null && !query.tag().isBlank()) {
            test = test.and(e -> e.faq().tags().stream().anyMatch(t -> t.equalsIgnoreCase(query.tag().strip())));
        }
        if (query.text() != null && !query.text().isBlank()) {
            String needle = fold(query.text());
            test = test.and(e -> fold(searchableText(e)).contains(needle));
        }
        return test;
    }

    private static String searchableText(CatalogEntry entry) {
        return Stream.concat(Stream.of(entry.id()), entry.faq().variants().stream().flatMap(CatalogFilter::texts))
                .collect(Collectors.joining("\n"));
    }

    private static Stream<String> texts(FaqVariant variant) {
        return Stream.concat(variant.phrasings().stream(), Stream.of(variant.answer()));
    }

    private String fold(String text) {
        return script.toSimplified(TextNormalizer.normalize(text)).toLowerCase(Locale.ROOT);
    }
}
