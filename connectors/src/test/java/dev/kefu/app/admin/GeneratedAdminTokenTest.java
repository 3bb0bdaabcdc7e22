package dev.kefu.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Without {@code kefu.admin.token} the service makes one, keeps it in an owner-only file and never logs it. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GeneratedAdminTokenTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kefu.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void writesTheTokenToAnOwnerOnlyFileAndLogsOnlyWhereItIs(CapturedOutput output) throws Exception {
        Path file = dataDir.resolve(AdminToken.FILE_NAME);
        String token = Files.readString(file).strip();
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        assertThat(new AdminHttp(port, token).get("/api/v1/admin/kb/entries").statusCode()).isEqualTo(200);
        assertThat(new AdminHttp(port, "x" + token).get("/api/v1/admin/kb/entries").statusCode()).isEqualTo(401);

        assertThat(output.getAll()).contains(file.toAbsolutePath().toString()).doesNotContain(token);
    }
}
