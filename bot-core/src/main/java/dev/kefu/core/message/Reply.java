package dev.kefu.core.message;

import java.util.List;

/** One message the bot sends; {@code faqId} names the entry of an answer, {@code suggestions} the choices offered. */
public record Reply(ReplyType type, String text, String faqId, List<String> suggestions) {

    /** The key of a BOT_REPLY event's data that keeps the choices offered, one a line, for a client that replays the events. */
    public static final String SUGGESTIONS_DATA = "suggestions";

    public Reply {
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    public static Reply of(ReplyType type, String text) {
        return new Reply(type, text, null, List.of());
    }
}
