package dev.kefu.sentiment.polarity;

import java.util.Locale;

/** The feeling a customer-service message shows, beside its polarity. */
public enum Emotion {
    /** Insults, fury, threats to complain: 气死我了, "this is a scam", 😡. */
    ANGER,
    /** Disappointment and weariness: 无语, 又坏了, "still not working", 🙄. */
    FRUSTRATION,
    /** Worry and impatience: 还要等多久, 快点, "how much longer??". */
    ANXIETY,
    /** Thanks and contentment: 谢谢, 很满意, "great service", 👍. */
    SATISFACTION,
    /** Nothing in particular. */
    NONE;

    /** The lower-case name used in JSON and events. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
