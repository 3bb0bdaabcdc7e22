package dev.kefu.app.admin;

import static dev.kefu.app.admin.AdminHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Questions the bot misses show up grouped, masked, and can be dismissed or answered with a draft. */
class UnansweredApiTest extends AdminApiTestSupport {

    private static final String UNANSWERED = "/api/v1/admin/unanswered";

    private JsonNode groupWith(String example) throws Exception {
        JsonNode groups = json(admin.get(UNANSWERED + "?limit=500"));
        return StreamSupport.stream(groups.spliterator(), false)
                .filter(g -> g.get("examples").toString().contains(example)).findFirst().orElse(null);
    }

    @Test
    void groupsMissedQuestionsAcrossScriptsAndTurnsOneIntoADraft() throws Exception {
        List<String> missed = List.of("你们卖不卖二手相机", "你們賣不賣二手相機", "二手相机卖不卖，我的电话13812345678");
        for (int i = 0; i < missed.size(); i++) {
            assertThat(admin.chat("unanswered-" + i, missed.get(i)).get("type").asString()).as(missed.get(i)).isEqualTo("fallback");
        }
        JsonNode group = groupWith("你们卖不卖二手相机");
        assertThat(group).isNotNull();
        assertThat(group.get("count").asInt()).isEqualTo(3);
        assertThat(group.get("language").asString()).isEqualTo("zh-Hans");
        assertThat(group.get("examples").toString()).contains("你們賣不賣二手相機", "[PHONE]").doesNotContain("13812345678");
        assertThat(group.get("firstSeen").asString()).isNotBlank();
        assertThat(group.get("reasons")).extracting(JsonNode::asString).containsExactly("FALLBACK");

        HttpResponse<String> draft = admin.post(UNANSWERED + "/" + group.get("id").asString() + "/draft",
                Map.of("answer", "我们只卖全新相机，不卖二手。"));
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        JsonNode entry = json(draft);
        assertThat(entry.get("status").asString()).isEqualTo("DRAFT");
        assertThat(entry.get("variants").get(0).get("question").asString()).isEqualTo("你们卖不卖二手相机");
        assertThat(entry.get("tags")).extracting(JsonNode::asString).containsExactly("unanswered");
        assertThat(groupWith("你们卖不卖二手相机")).isNull();

        admin.postRaw("/api/v1/admin/kb/entries/" + entry.get("id").asString() + "/publish", "", "application/json");
        assertThat(admin.chat("unanswered-after", "你们卖不卖二手相机").get("faqId").asString()).isEqualTo(entry.get("id").asString());
    }

    @Test
    void dismissesAGroupAndLeavesOutRequestsForAPerson() throws Exception {
        admin.chat("dismiss-1", "Do you rent out drones for weddings?");
        admin.chat("dismiss-2", "talk to a human");
        JsonNode group = groupWith("Do you rent out drones for weddings?");
        assertThat(group).isNotNull();
        assertThat(groupWith("talk to a human")).isNull();

        String path = UNANSWERED + "/" + group.get("id").asString();
        assertThat(admin.delete(path).statusCode()).isEqualTo(204);
        assertThat(groupWith("Do you rent out drones for weddings?")).isNull();
        HttpResponse<String> again = admin.delete(path);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(json(again).get("status").asInt()).isEqualTo(404);

        assertThat(new AdminHttp(port, null).get(UNANSWERED).statusCode()).isEqualTo(401);
        assertThat(admin.get(UNANSWERED + "?limit=0").statusCode()).isEqualTo(400);
    }
}
