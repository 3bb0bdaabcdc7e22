package dev.kefu.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code DELETE /api/v1/admin/users/{channel}/{userId}}: everything about a user goes, nothing of anyone else. */
class UserDeletionApiTest extends AdminApiTestSupport {

    private static final List<String> SAID = List.of("你们出租无人机吗？我的电话13812345678", "你們出租無人機嗎？寄到台北市信義區忠孝東路四段216巷27弄5號",
            "Do you rent out drones for weddings in Springfield?");

    @Test
    void deletesTheUsersConversationsAndQuestionsAndAnswersWhatWent() throws Exception {
        for (String text : SAID) {
            admin.chat("forget-me", text);
        }
        admin.chat("keep-me", "Do you rent out hot-air balloons for weddings?");
        assertThat(admin.get("/api/v1/admin/unanswered?limit=500").body()).contains("出租无人机", "出租無人機", "hot-air balloons");

        HttpResponse<String> response = admin.delete("/api/v1/admin/users/web/forget-me");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode erasure = AdminHttp.json(response);
        assertThat(erasure.get("channel").asString()).isEqualTo("web");
        assertThat(erasure.get("userId").asString()).isEqualTo("forget-me");
        assertThat(erasure.get("conversations")).hasSize(1);
        assertThat(erasure.get("events").asLong()).isGreaterThanOrEqualTo(7);
        assertThat(erasure.get("records").get("rateLimits").asInt()).isEqualTo(1);
        assertThat(erasure.get("records").get("unansweredQuestions").asInt()).isGreaterThanOrEqualTo(2);
        String unanswered = admin.get("/api/v1/admin/unanswered?limit=500").body();
        assertThat(unanswered).doesNotContain("出租无人机", "出租無人機").contains("hot-air balloons");
        String journal = Files.readString(DATA_DIR.resolve("events.jsonl"), StandardCharsets.UTF_8);
        assertThat(journal).doesNotContain("出租无人机", "出租無人機", erasure.get("conversations").get(0).asString())
                .contains("keep-me");

        JsonNode again = AdminHttp.json(admin.delete("/api/v1/admin/users/web/forget-me"));
        assertThat(again.get("conversations")).isEmpty();
        assertThat(again.get("events").asLong()).isZero();
    }

    @Test
    void needsTheTokenAndAValidUser() throws Exception {
        admin.chat("guarded", "hello");
        assertThat(new AdminHttp(port, null).delete("/api/v1/admin/users/web/guarded").statusCode()).isEqualTo(401);
        assertThat(new AdminHttp(port, "wrong").delete("/api/v1/admin/users/web/guarded").statusCode()).isEqualTo(401);
        HttpResponse<String> longUser = admin.delete("/api/v1/admin/users/web/" + "x".repeat(200));
        assertThat(longUser.statusCode()).isEqualTo(400);
        assertThat(longUser.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(admin.delete("/api/v1/admin/users/WEB%20;DROP/guarded").statusCode()).isEqualTo(400);
        assertThat(AdminHttp.json(admin.delete("/api/v1/admin/users/web/guarded")).get("conversations")).hasSize(1);
    }
}
