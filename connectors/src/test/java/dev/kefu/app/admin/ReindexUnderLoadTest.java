package dev.kefu.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Customers keep getting answers while an admin reindexes and edits the knowledge base over and over. */
class ReindexUnderLoadTest extends AdminApiTestSupport {

    private static final List<String> QUESTIONS = List.of("你们发货到南极吗", "你們發貨到南極嗎", "Do you ship to Antarctica?");

    @Test
    void noChatRequestFailsDuringReindexes() throws Exception {
        HttpResponse<String> created = admin.post("/api/v1/admin/kb/entries", Map.of("id", "antarctica", "variants", List.of(
                Map.of("language", "zh-Hans", "question", "你们发货到南极吗", "alternates", List.of(), "answer", "南极暂不发货。"),
                Map.of("language", "en", "question", "Do you ship to Antarctica?", "alternates", List.of(),
                        "answer", "We do not ship to Antarctica."))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpClient http = HttpClient.newHttpClient();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService customers = Executors.newFixedThreadPool(2);
        List<Future<List<Integer>>> statuses = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            int customer = c;
            statuses.add(customers.submit(() -> {
                List<Integer> seen = new ArrayList<>();
                int i = 0;
                while (running.get() || seen.size() < 5) {
                    String text = QUESTIONS.get(i++ % QUESTIONS.size());
                    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/chat/messages"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"userId\":\"reindex-" + customer + "-" + i + "\",\"text\":\"" + text + "\"}"))
                            .build();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    seen.add(response.statusCode());
                    assertThat(response.body()).contains("\"faqId\":\"antarctica\"");
                }
                return seen;
            }));
        }
        for (int round = 0; round < 15; round++) {
            assertThat(admin.postRaw("/api/v1/admin/kb/reindex", "", "application/json").statusCode()).isEqualTo(200);
        }
        running.set(false);
        for (Future<List<Integer>> customer : statuses) {
            assertThat(customer.get(60, TimeUnit.SECONDS)).isNotEmpty().containsOnly(200);
        }
        customers.shutdown();
    }
}
