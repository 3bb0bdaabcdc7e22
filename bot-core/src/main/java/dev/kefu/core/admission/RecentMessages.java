package dev.kefu.core.admission;

import dev.kefu.core.message.TurnResult;
import java.util.Optional;

/**
 * Remembers the results of messages that carried a platform id, so a redelivered webhook gets the
 * first result instead of a second reply. Implementations are thread-safe.
 */
public interface RecentMessages {

    /**
     * Claims a message for handling. Empty when the caller is the first to see it: it must then
     * {@link #remember} the result or {@link #release} the claim; else the first delivery's result.
     *
     * @throws MessageInProgressException another delivery of the message is being handled
     */
    Optional<TurnResult> claim(String key);

    /** Records the result of a claimed message. */
    void remember(String key, TurnResult result);

    /** Gives up a claim whose handling failed, so that a redelivery is handled. */
    void release(String key);
}
