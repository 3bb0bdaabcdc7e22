package dev.kefu.kb.search;

/** What the bot should do with a retrieval. */
public enum Decision {
    /** One entry is a confident match and clearly ahead of the others. */
    ANSWER,
    /** Some entries are plausible but none clearly: offer them ("did you mean…"). */
    SUGGEST,
    /** Nothing fits well enough to show: say so honestly. */
    NO_MATCH
}
