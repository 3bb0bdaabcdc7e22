package dev.kefu.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.audit.AuditEntry;
import dev.kefu.core.audit.AuditLog;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/admin/audit}: the admin reads of customers' data, and the bean other features record their reads in. */
class AuditApiTest extends AdminApiTestSupport {

    private static final String AUDIT = "/api/v1/admin/audit";

    @Autowired
    AuditLog audit;

    @Test
    void recordsTheAdminsReadsAndDeletionsAndListsThemNewestFirst() throws Exception {
        admin.get("/api/v1/admin/unanswered?limit=7");
        admin.chat("audited-user", "我要退貨");
        admin.delete("/api/v1/admin/users/web/audited-user");

        JsonNode entries = AdminHttp.json(admin.get(AUDIT + "?actor=admin&limit=20"));
        assertThat(entries.get(0).get("action").asString()).isEqualTo("user.delete");
        assertThat(entries.get(0).get("userId").asString()).isEqualTo("web:audited-user");
        assertThat(entries.get(0).get("detail").asString()).contains("1 conversations");
        assertThat(entries.get(0).get("at").asString()).isNotBlank();
        assertThat(entries.toString()).contains("\"unanswered.list\"", "limit=7");

        JsonNode again = AdminHttp.json(admin.get(AUDIT + "?limit=1"));
        assertThat(again).hasSize(1);
        assertThat(again.get(0).get("action").asString()).as("reading the audit log is audited too").isEqualTo("audit.list");
    }

    /** What the agent desk will do when an agent opens a transcript: one injected bean, one call. */
    @Test
    void listsTheReadsOfOneConversationByAgentInEveryScript() throws Exception {
        audit.append(new AuditEntry(Instant.now(), "agent-李", "transcript.read", "conv-audit-1", "web:u1", "读了对话"));
        audit.append(new AuditEntry(Instant.now(), "agent-陳", "transcript.read", "conv-audit-1", "web:u1", "讀了對話"));
        audit.append(new AuditEntry(Instant.now(), "agent-李", "transcript.read", "conv-audit-2", "web:u2", "read it"));

        JsonNode ofConversation = AdminHttp.json(admin.get(AUDIT + "?conversationId=conv-audit-1"));
        assertThat(ofConversation).extracting(e -> e.get("actor").asString()).containsExactly("agent-陳", "agent-李");
        JsonNode ofAgent = AdminHttp.json(admin.get(AUDIT + "?actor=agent-%E6%9D%8E&limit=10"));
        assertThat(ofAgent).extracting(e -> e.get("conversationId").asString()).containsExactly("conv-audit-2", "conv-audit-1");
    }

    @Test
    void refusesBadQueriesAndStrangers() throws Exception {
        for (String query : new String[] {"?limit=0", "?limit=1001", "?limit=ten", "?actor=" + "x".repeat(200)}) {
            HttpResponse<String> response = admin.get(AUDIT + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(new AdminHttp(port, null).get(AUDIT).statusCode()).isEqualTo(401);
    }
}
