package dev.kefu.app.widget;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is typing in a conversation, passed on live and never stored: the widget reports the
 * customer's typing here, and shows an agent's typing that the agent desk reports with
 * {@link #typing}. Listeners are called on the reporting thread and must be quick. One instance
 * only: typing is not shared across instances.
 */
public final class TypingRelay {

    private static final Logger log = LoggerFactory.getLogger(TypingRelay.class);

    /** Who types. */
    public enum Actor { CUSTOMER, AGENT }

    /** {@code actor} started ({@code typing}) or stopped typing in a conversation. */
    public record Typing(String conversationId, Actor actor, boolean typing) {
    }

    private final List<Consumer<Typing>> listeners = new CopyOnWriteArrayList<>();

    /** Tells every listener; what one throws is logged and skipped. */
    public void typing(Typing typing) {
        for (Consumer<Typing> listener : listeners) {
            try {
                listener.accept(typing);
            } catch (RuntimeException e) {
                log.warn("typing listener failed", e);
            }
        }
    }

    /** Calls {@code listener} with every report from now on, until the returned handle is run. */
    public Runnable subscribe(Consumer<Typing> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
