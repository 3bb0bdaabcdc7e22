package dev.kefu.core.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryRecentMessagesTest extends RecentMessagesContract {

    @Override
    protected RecentMessages recentMessages() {
        return new InMemoryRecentMessages(100);
    }

    @Test
    void forgetsTheOldestBeyondItsCapacity() {
        RecentMessages recent = new InMemoryRecentMessages(2);
        for (String key : List.of("a", "b", "c")) {
            recent.claim(key);
            recent.remember(key, RESULT);
        }
        assertThat(recent.claim("a")).isEmpty();
        assertThat(recent.claim("c")).contains(RESULT);
    }
}
