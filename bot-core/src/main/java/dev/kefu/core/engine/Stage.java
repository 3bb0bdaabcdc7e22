package dev.kefu.core.engine;

/** One step of reading a message; the engine runs the stages in order. */
@FunctionalInterface
public interface Stage {
    void apply(Turn turn);
}
