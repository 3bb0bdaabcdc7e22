package dev.kefu.core.message;

import java.util.Locale;

/** The kinds of bot reply; their lower-case names are part of the HTTP contract. */
public enum ReplyType {
    ANSWER, SUGGESTIONS, FALLBACK, HANDOFF, SMALLTALK, SYSTEM;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
