package dev.kefu.app.admin;

import dev.kefu.app.web.InvalidInputException;
import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.FaqVariant;
import dev.kefu.kb.catalog.CatalogEntry;
import dev.kefu.kb.catalog.EntryStatus;
import dev.kefu.kb.catalog.KnowledgeCatalog;
import dev.kefu.text.Language;
import dev.kefu.text.detect.LanguageDetector;
import java.util.List;
import java.util.UUID;

/** Saves a question and its answer, e.g. an agent's reply, as a new draft entry with a generated id. */
public final class DraftEntries {

    private final KnowledgeCatalog catalog;
    private final LanguageDetector detector;
    private final String actor;

    DraftEntries(KnowledgeCatalog catalog, LanguageDetector detector, String actor) {
        this.catalog = catalog;
        this.detector = detector;
        this.actor = actor;
    }

    /** {@code languageTag} may be null (then the question's language is detected); {@code originTag} too. */
    CatalogEntry create(String question, String answer, String languageTag, String originTag) {
        return create(question, answer, languageTag, originTag, EntryStatus.DRAFT, actor);
    }

    /** The same as a draft or, for someone allowed to publish (a desk supervisor), as a live entry; {@code who} goes into the history. */
    public CatalogEntry create(String question, String answer, String languageTag, String originTag, EntryStatus status,
                               String who) {
        Language language = languageTag == null || languageTag.isBlank()
                ? detector.detect(question).language() : Language.fromTag(languageTag);
        if (language == Language.UNDETERMINED) {
            throw new InvalidInputException("language", "give one of zh-Hans, zh-Hant, en");
        }
        String id = (status == EntryStatus.DRAFT ? "draft-" : "agent-") + UUID.randomUUID().toString().substring(0, 13);
        FaqEntry faq = new FaqEntry(id, List.of(new FaqVariant(language, question.strip(), List.of(), answer.strip())),
                originTag == null ? List.of() : List.of(originTag));
        return catalog.create(faq, status, who);
    }
}
