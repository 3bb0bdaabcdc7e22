package dev.kefu.app.admin;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Saves a good agent reply as a draft entry in one call, for an admin to review and publish. */
@RestController
class KbDraftController {

    private final DraftEntries drafts;

    KbDraftController(DraftEntries drafts) {
        this.drafts = drafts;
    }

    @PostMapping("/api/v1/admin/kb/drafts")
    ResponseEntity<EntryView> create(@Valid @RequestBody DraftRequest request) {
        EntryView draft = EntryView.of(drafts.create(request.question(), request.answer(), request.language(),
                request.originTag()));
        return ResponseEntity.created(URI.create("/api/v1/admin/kb/entries/" + draft.id())).body(draft);
    }
}
