package dev.kefu.sentiment.moderation;

import java.util.Comparator;

/**
 * What moderation found in a message: the category and severity of the worst finding, and its cue,
 * the text that matched (after folding, see {@link EvasionNormalizer}), for the agent and the logs.
 */
public record Moderation(Category category, Severity severity, String cue) {

    private static final Moderation CLEAN = new Moderation(Category.NONE, Severity.NONE, null);

    // by severity, then by the order of harm: a threat outranks an insult of the same level
    private static final Comparator<Moderation> HARM = Comparator.comparing(Moderation::severity)
            .thenComparing(Moderation::category);

    /** Nothing found. */
    public static Moderation clean() {
        return CLEAN;
    }

    /** Abuse of a person or a group at medium severity or worse: the bot hands off with ABUSE. */
    public boolean abusive() {
        return category != Category.SPAM && severity.atLeast(Severity.MEDIUM);
    }

    /** Anything at medium severity or worse, spam included: what a group's moderator is told of. */
    public boolean flagged() {
        return severity.atLeast(Severity.MEDIUM);
    }

    /** The worse of the two findings. */
    public Moderation worse(Moderation other) {
        return HARM.compare(other, this) > 0 ? other : this;
    }

    /** The same finding, no worse than {@code cap}. */
    Moderation atMost(Severity cap) {
        return severity.atLeast(cap) ? new Moderation(category, cap, cue) : this;
    }
}
