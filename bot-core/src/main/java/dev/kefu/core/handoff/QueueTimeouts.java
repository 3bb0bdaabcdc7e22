package dev.kefu.core.handoff;

import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.engine.Engine;
import dev.kefu.core.handoff.HandoffMessages.Key;
import dev.kefu.core.message.ReplyType;
import dev.kefu.text.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the conversations that have waited longer than the timeout, counting business hours only,
 * without an agent taking them, and tells each customer once (per time in the queue) that they
 * may leave contact details for a callback; the conversation stays in the queue.
 */
public final class QueueTimeouts {

    private final Engine engine;
    private final HandoffQueue queue;
    private final BusinessHours hours;
    private final Duration timeout;
    private final HandoffMessages messages;
    private final Clock clock;

    public QueueTimeouts(Engine engine, HandoffQueue queue, BusinessHours hours, Duration timeout,
                         HandoffMessages messages, Clock clock) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the queue timeout must be positive");
        }
        this.engine = engine;
        this.queue = queue;
        this.hours = hours;
        this.timeout = timeout;
        this.messages = messages;
        this.clock = clock;
    }

    /** Tells the customers whose wait has run out; returns their conversations' ids. */
    public List<String> check() {
        Instant now = clock.instant();
        List<String> told = new ArrayList<>();
        if (!hours.isOpen(now)) {
            return told;
        }
        for (QueuedConversation waiting : queue.ordered()) {
            if (waiting.timedOut() || hours.openTimeBetween(waiting.queuedAt(), now).compareTo(timeout) < 0) {
                continue;
            }
            Language language = Language.fromTag(waiting.language());
            String text = messages.get(Key.TIMEOUT, language == Language.UNDETERMINED ? Language.EN : language);
            engine.update(waiting.id(), log -> {
                // an agent may have taken it meanwhile
                if (log.conversation().state() == ConversationState.QUEUED) {
                    log.add(EventKind.BOT_REPLY, "bot", text, Map.of("type", ReplyType.SYSTEM.wireName(),
                            QueuedConversation.TIMEOUT_DATA, "true"));
                }
            });
            told.add(waiting.id());
        }
        return told;
    }
}
