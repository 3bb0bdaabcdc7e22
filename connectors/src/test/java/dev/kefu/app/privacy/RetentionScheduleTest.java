package dev.kefu.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.privacy.RetentionSweeper;
import dev.kefu.core.store.journal.JournalConversationStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The retention settings as an operator writes them, and the sweep running by itself on the journal. */
class RetentionScheduleTest {

    @TempDir
    Path dir;

    private static PrivacyProperties bind(Map<String, String> settings) {
        Properties properties = new Properties();
        properties.putAll(settings);
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("kefu.privacy", PrivacyProperties.class);
    }

    @Test
    void keepsNinetyDaysUnlessToldOtherwise() {
        assertThat(bind(Map.of())).isEqualTo(new PrivacyProperties(Duration.ofDays(90), Duration.ofHours(1)));
        assertThat(bind(Map.of("kefu.privacy.retention", "30d", "kefu.privacy.sweep-interval", "10m")))
                .isEqualTo(new PrivacyProperties(Duration.ofDays(30), Duration.ofMinutes(10)));
        assertThatThrownBy(() -> new PrivacyProperties(Duration.ZERO, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PrivacyProperties(Duration.ofDays(1), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sweepsOnItsOwnEveryInterval() {
        Instant now = Instant.now();
        try (JournalConversationStore store = JournalConversationStore.open(dir)) {
            store.append(List.of(opened("old", "u1", now.minus(Duration.ofDays(91))), said("old", 2, "我要退貨", now.minus(Duration.ofDays(91)))));
            store.append(List.of(opened("new", "u2", now.minus(Duration.ofDays(1))), said("new", 2, "where is my parcel?", now)));
            RetentionSweeper sweeper = new RetentionSweeper(store, Duration.ofDays(90), Clock.systemUTC());
            try (RetentionSchedule schedule = new RetentionSchedule(sweeper, Duration.ofMillis(50))) {
                await().atMost(Duration.ofSeconds(10)).until(() -> store.find("old").isEmpty());
                assertThat(store.events("new")).hasSize(2);
            }
        }
        try (JournalConversationStore reopened = JournalConversationStore.open(dir)) {
            assertThat(reopened.find("old")).isEmpty();
            assertThat(reopened.find("new")).isPresent();
        }
    }

    private static ConversationEvent opened(String id, String user, Instant at) {
        return new ConversationEvent(id, 1, at, EventKind.OPENED, "customer", null, Map.of("channel", "web", "userId", user));
    }

    private static ConversationEvent said(String id, long sequence, String text, Instant at) {
        return new ConversationEvent(id, sequence, at, EventKind.CUSTOMER_MESSAGE, "customer", text, Map.of("language", "zh-Hant"));
    }
}
