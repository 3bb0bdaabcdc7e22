package dev.kefu.core.engine;

import dev.kefu.core.policy.PolicyOutcome;

/**
 * A second opinion on the wording of what the policy decided, e.g. a language model that rephrases
 * the matched answer. It runs after the policy, so it can only change how a decided reply reads, never
 * what the bot decides; it must return {@code decided} itself when it has nothing better. The engine
 * works fully with {@link #NONE}, the default.
 */
@FunctionalInterface
public interface ReplyAugmenter {

    /** Leaves every reply as the policy wrote it. */
    ReplyAugmenter NONE = (turn, decided) -> decided;

    PolicyOutcome augment(Turn turn, PolicyOutcome decided);
}
