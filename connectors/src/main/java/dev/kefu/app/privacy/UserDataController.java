package dev.kefu.app.privacy;

import dev.kefu.app.admin.AdminProperties;
import dev.kefu.core.audit.AuditEntry;
import dev.kefu.core.audit.AuditLog;
import dev.kefu.core.privacy.UserDataEraser;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deletes everything about a user on their request (the admin token guards every path under
 * {@code /api/v1/admin/}), and answers what was deleted. Deleting a user again, or one kefu never
 * met, deletes nothing and says so. Each deletion is in the audit log.
 */
@RestController
@RequestMapping("/api/v1/admin/users")
class UserDataController {

    private final UserDataEraser eraser;
    private final AuditLog audit;
    private final String actor;

    UserDataController(UserDataEraser eraser, AuditLog audit, AdminProperties admin) {
        this.eraser = eraser;
        this.audit = audit;
        this.actor = admin.actor();
    }

    @DeleteMapping("/{channel}/{userId}")
    UserDataEraser.Erasure delete(@PathVariable @Pattern(regexp = "[a-z0-9_-]{1,32}", message = "must be a channel name such as web or telegram") String channel,
                                  @PathVariable @Size(min = 1, max = 128) String userId) {
        UserDataEraser.Erasure erasure = eraser.erase(channel, userId);
        audit.append(new AuditEntry(Instant.now(), actor, "user.delete", null, channel + ":" + userId,
                erasure.conversations().size() + " conversations, " + erasure.events() + " events, records " + erasure.records()));
        return erasure;
    }
}
