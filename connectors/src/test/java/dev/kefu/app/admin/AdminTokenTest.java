package dev.kefu.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminTokenTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheGeneratedTokenAcrossRestarts() throws Exception {
        Path file = dir.resolve(AdminToken.FILE_NAME);
        AdminToken first = AdminToken.loadOrGenerate(file);
        String written = Files.readString(file).strip();

        AdminToken afterRestart = AdminToken.loadOrGenerate(file);

        assertThat(first.matches(written)).isTrue();
        assertThat(afterRestart.matches(written)).isTrue();
        assertThat(afterRestart.matches(written + "x")).isFalse();
        assertThat(afterRestart.matches(null)).isFalse();
    }

    @Test
    void replacesAnEmptyTokenFile() throws Exception {
        Path file = dir.resolve(AdminToken.FILE_NAME);
        Files.writeString(file, "  \n");
        AdminToken token = AdminToken.loadOrGenerate(file);
        assertThat(token.matches(Files.readString(file).strip())).isTrue();
        assertThat(token.matches("")).isFalse();
    }

    @Test
    void refusesABlankConfiguredToken() {
        assertThatThrownBy(() -> AdminToken.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
