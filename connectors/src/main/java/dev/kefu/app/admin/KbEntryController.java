package dev.kefu.app.admin;

import dev.kefu.app.web.InvalidInputException;
import dev.kefu.kb.catalog.CatalogQuery;
import dev.kefu.kb.catalog.EntryNotFoundException;
import dev.kefu.kb.catalog.EntryStatus;
import dev.kefu.kb.catalog.KnowledgeCatalog;
import dev.kefu.text.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists, reads, creates, edits, deletes and publishes knowledge-base entries, with the admin token
 * or, under {@code /desk/api/admin/}, in a desk admin's session.
 */
@RestController
@RequestMapping({"/api/v1/admin/kb/entries", "/desk/api/admin/kb/entries"})
class KbEntryController {

    private final KnowledgeCatalog catalog;
    private final AdminActor actor;

    KbEntryController(KnowledgeCatalog catalog, AdminActor actor) {
        this.catalog = catalog;
        this.actor = actor;
    }

    @GetMapping
    EntryPage list(@RequestParam(required = false) @Size(max = 200) String q,
                   @RequestParam(required = false) @Size(max = 64) String tag,
                   @RequestParam(required = false) String language,
                   @RequestParam(required = false) EntryStatus status,
                   @RequestParam(defaultValue = "0") @Min(0) int page,
                   @RequestParam(defaultValue = "20") @Min(1) @Max(CatalogQuery.MAX_PAGE_SIZE) int size) {
        return EntryPage.of(catalog.list(new CatalogQuery(q, tag, languageOf(language), status, page, size)));
    }

    @GetMapping("/{id}")
    EntryView get(@PathVariable String id) {
        return EntryView.of(catalog.get(id).orElseThrow(() -> new EntryNotFoundException(id)));
    }

    @PostMapping
    ResponseEntity<EntryView> create(@Valid @RequestBody NewEntryRequest request, Principal deskUser) {
        EntryView created = EntryView.of(catalog.create(request.toFaq(), request.statusOrDefault(), actor.of(deskUser)));
        return ResponseEntity.created(URI.create("/api/v1/admin/kb/entries/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    EntryView update(@PathVariable String id, @Valid @RequestBody EntryUpdateRequest request, Principal deskUser) {
        return EntryView.of(catalog.update(id, request.version(), request.toFaq(id), actor.of(deskUser)));
    }

    /** Deletes the entry; with {@code version}, only if it is still at that version. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, @RequestParam(required = false) Long version,
                                Principal deskUser) {
        catalog.delete(id, version, actor.of(deskUser));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/history")
    List<HistoryView> history(@PathVariable String id) {
        List<HistoryView> history = catalog.history(id).stream().map(HistoryView::of).toList();
        if (history.isEmpty()) {
            throw new EntryNotFoundException(id);
        }
        return history;
    }

    @PostMapping("/{id}/publish")
    EntryView publish(@PathVariable String id, Principal deskUser) {
        return EntryView.of(catalog.publish(id, actor.of(deskUser)));
    }

    private static Language languageOf(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        Language language = Language.fromTag(tag);
        if (language == Language.UNDETERMINED) {
            throw new InvalidInputException("language", "must be one of zh-Hans, zh-Hant, en");
        }
        return language;
    }
}
