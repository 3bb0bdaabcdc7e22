package dev.kefu.app.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One running service on the bundled demo knowledge base, shared by the admin API tests. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AdminApiTestSupport {

    static final String TOKEN = "test-admin-token-7f3a";
    static final long MAX_BODY_BYTES = 1024 * 1024;
    // one directory for the context all subclasses share (a @TempDir would be deleted after the first class)
    static final Path DATA_DIR = createDataDir();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kefu.data-dir", DATA_DIR::toString);
        registry.add("kefu.admin.token", () -> TOKEN);
        registry.add("kefu.admin.max-body-bytes", () -> Long.toString(MAX_BODY_BYTES));
        registry.add("kefu.chat.rate-burst", () -> "1000");
        registry.add("kefu.chat.rate-per-minute", () -> "100000");
    }

    @LocalServerPort
    int port;

    AdminHttp admin;

    @BeforeEach
    void client() {
        admin = new AdminHttp(port, TOKEN);
    }

    private static Path createDataDir() {
        try {
            Path dir = Files.createTempDirectory("kefu-admin-test");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
