package dev.kefu.app.admin;

import dev.kefu.core.audit.AuditEntry;
import dev.kefu.core.audit.AuditLog;
import dev.kefu.kb.catalog.EntryStatus;
import dev.kefu.kb.unanswered.QuestionGroup;
import dev.kefu.kb.unanswered.UnansweredLog;
import dev.kefu.text.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The questions the bot could not answer, most asked first; dismiss a group, or answer it with a
 * draft entry. With the admin token or, under {@code /desk/api/admin/}, in a desk admin's session.
 */
@RestController
@RequestMapping({"/api/v1/admin/unanswered", "/desk/api/admin/unanswered"})
class UnansweredController {

    static final String ORIGIN_TAG = "unanswered";

    private final UnansweredLog log;
    private final DraftEntries drafts;
    private final AuditLog audit;
    private final AdminActor actor;

    UnansweredController(UnansweredLog log, DraftEntries drafts, AuditLog audit, AdminActor actor) {
        this.log = log;
        this.drafts = drafts;
        this.audit = audit;
        this.actor = actor;
    }

    /** Lists the groups; the questions are customers' words, so the read is audited. */
    @GetMapping
    List<UnansweredGroupView> groups(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit, Principal deskUser) {
        audit.append(new AuditEntry(Instant.now(), actor.of(deskUser), "unanswered.list", null, null, "limit=" + limit));
        return log.groups(limit).stream().map(UnansweredGroupView::of).toList();
    }

    @DeleteMapping("/{groupId}")
    ResponseEntity<Void> dismiss(@PathVariable String groupId) {
        if (!log.dismiss(groupId)) {
            throw new GroupNotFoundException(groupId);
        }
        return ResponseEntity.noContent().build();
    }

    /** Saves the group's first question with the answer as a draft entry, and dismisses the group. */
    @PostMapping("/{groupId}/draft")
    ResponseEntity<EntryView> draft(@PathVariable String groupId, @Valid @RequestBody UnansweredDraftRequest request,
                                     Principal deskUser) {
        QuestionGroup group = log.group(groupId).orElseThrow(() -> new GroupNotFoundException(groupId));
        String language = request.language() != null ? request.language()
                : group.language() == Language.UNDETERMINED ? null : group.language().tag();
        EntryView draft = EntryView.of(drafts.create(group.examples().get(0), request.answer(), language, ORIGIN_TAG,
                EntryStatus.DRAFT, actor.of(deskUser)));
        log.dismiss(groupId);
        return ResponseEntity.created(URI.create("/api/v1/admin/kb/entries/" + draft.id())).body(draft);
    }
}
