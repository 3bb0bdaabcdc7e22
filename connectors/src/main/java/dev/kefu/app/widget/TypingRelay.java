package dev.kefu.app.widget;

import java.util.function.Consumer;

/**
 * Who is typing in a conversation, passed on live and never stored: the widget reports the
 * customer's typing here, and shows an agent's typing that the agent desk reports with
 * {@link #typing}. A report carries the conversation, who types and whether they started or
 * stopped, never what they type. {@link LocalTypingRelay} tells this instance only; with
 * {@code kefu.store=redis}, {@code store.redis.RedisTypingRelay} tells every instance on the Redis.
 */
public interface TypingRelay extends AutoCloseable {

    /** Who types. */
    enum Actor { CUSTOMER, AGENT }

    /** {@code actor} started ({@code typing}) or stopped typing in a conversation. */
    record Typing(String conversationId, Actor actor, boolean typing) {
    }

    /** Tells every listener once; what one throws is logged and skipped. */
    void typing(Typing typing);

    /** Calls {@code listener} with every report from now on, until the returned handle is run. */
    Runnable subscribe(Consumer<Typing> listener);

    @Override
    void close();
}
