package dev.kefu.app.audit;

import dev.kefu.app.admin.AdminProperties;
import dev.kefu.core.audit.AuditEntry;
import dev.kefu.core.audit.AuditLog;
import dev.kefu.core.audit.AuditQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who read or changed what, newest first, by conversation and/or actor (admin token required).
 * Reading the audit log is itself recorded in it.
 */
@RestController
class AuditController {

    private final AuditLog audit;
    private final String actor;

    AuditController(AuditLog audit, AdminProperties admin) {
        this.audit = audit;
        this.actor = admin.actor();
    }

    @GetMapping("/api/v1/admin/audit")
    List<AuditEntry> list(@RequestParam(required = false) @Size(min = 1, max = 128) String conversationId,
                          @RequestParam(required = false) @Size(min = 1, max = 128) String actor,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(AuditQuery.MAX_LIMIT) int limit) {
        List<AuditEntry> entries = audit.list(new AuditQuery(conversationId, actor, limit));
        audit.append(new AuditEntry(Instant.now(), this.actor, "audit.list", null, null,
                "conversationId=" + conversationId + " actor=" + actor + " limit=" + limit));
        return entries;
    }
}
