package dev.kefu.core.privacy;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.store.ConversationStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The retention of conversations: each sweep deletes those whose last event is older than the
 * retention. Whoever runs the application schedules {@link #sweep()}; a store that expires data by
 * itself (Redis) is swept too, which also clears its indexes.
 */
public final class RetentionSweeper {

    private final ConversationStore store;
    private final Duration retention;
    private final Clock clock;

    public RetentionSweeper(ConversationStore store, Duration retention, Clock clock) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the retention must be positive, not " + retention);
        }
        this.store = Objects.requireNonNull(store, "store");
        this.retention = retention;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Deletes the conversations past retention now; returns them. */
    public List<Conversation> sweep() {
        return store.deleteInactiveSince(clock.instant().minus(retention));
    }
}
