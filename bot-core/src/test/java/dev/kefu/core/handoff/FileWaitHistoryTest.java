package dev.kefu.core.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWaitHistoryTest {

    @TempDir
    Path dir;

    @Test
    void skipsLinesThatAreNotWaitsAndKeepsTheRest() throws Exception {
        Path file = dir.resolve("waits");
        Files.writeString(file, "120000\nnot a number\n-5\n\n45000\n", StandardCharsets.UTF_8);
        FileWaitHistory history = FileWaitHistory.open(file, 10);
        assertThat(history.recent(10)).containsExactly(Duration.ofMinutes(2), Duration.ofSeconds(45));
        history.record(Duration.ofSeconds(30));
        assertThat(Files.readAllLines(file)).containsExactly("30000", "120000", "45000");
    }

    @Test
    void readsNoMoreThanItsCapacityFromALongerFile() throws Exception {
        Path file = dir.resolve("waits");
        Files.writeString(file, "1000\n2000\n3000\n4000\n", StandardCharsets.UTF_8);
        assertThat(FileWaitHistory.open(file, 2).recent(10)).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void anUnreadableFileIsAClearError() throws Exception {
        Path file = dir.resolve("waits");
        Files.createDirectory(file);
        assertThatThrownBy(() -> FileWaitHistory.open(file, 3)).isInstanceOf(StoreException.class)
                .hasMessageContaining("wait history");
    }
}
