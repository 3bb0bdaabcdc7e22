package dev.kefu.app.widget;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The typing relay of one instance: listeners are called on the reporting thread and must be quick.
 */
public final class LocalTypingRelay implements TypingRelay {

    private static final Logger log = LoggerFactory.getLogger(LocalTypingRelay.class);

    private final List<Consumer<Typing>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void typing(Typing typing) {
        for (Consumer<Typing> listener : listeners) {
            try {
                listener.accept(typing);
            } catch (RuntimeException e) {
                log.warn("typing listener failed", e);
            }
        }
    }

    @Override
    public Runnable subscribe(Consumer<Typing> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
