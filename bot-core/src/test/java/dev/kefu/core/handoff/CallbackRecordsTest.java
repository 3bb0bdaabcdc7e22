package dev.kefu.core.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.privacy.DataSubject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallbackRecordsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void forgetsTheContactDetailsOfTheSubjectsConversationsOnly() {
        CallbackStore callbacks = DirectoryCallbackStore.open(dir);
        callbacks.save(new CallbackRequest("c-zh", "PHONE", "13812345678", "zh-Hans", NOW, NOW.plus(Duration.ofDays(7))));
        callbacks.save(new CallbackRequest("c-hant", "EMAIL", "chen@example.com.tw", "zh-Hant", NOW, NOW.plus(Duration.ofDays(7))));
        callbacks.save(new CallbackRequest("c-other", "EMAIL", "someone@example.com", "en", NOW, NOW.plus(Duration.ofDays(7))));
        CallbackRecords records = new CallbackRecords(callbacks, Clock.fixed(NOW, ZoneOffset.UTC));

        int forgotten = records.forget(new DataSubject("web", "u1", Set.of("c-zh", "c-hant", "c-without-callback"), Set.of()));

        assertThat(forgotten).isEqualTo(2);
        assertThat(callbacks.find("c-zh", NOW)).isEmpty();
        assertThat(callbacks.find("c-hant", NOW)).isEmpty();
        assertThat(callbacks.find("c-other", NOW)).isPresent();
        assertThat(records.forget(new DataSubject("web", "u1", Set.of("c-zh"), Set.of()))).isZero();
    }
}
