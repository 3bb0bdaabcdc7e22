package dev.kefu.core.handoff;

/** No conversation of that id exists. */
public final class UnknownConversationException extends RuntimeException {
    public UnknownConversationException(String conversationId) {
        super("no conversation '" + conversationId + "'");
    }
}
