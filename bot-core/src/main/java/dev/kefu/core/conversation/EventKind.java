package dev.kefu.core.conversation;

/** The kinds of conversation event; the one list of them. */
public enum EventKind {
    OPENED, CUSTOMER_MESSAGE, BOT_REPLY, AGENT_MESSAGE, STATE_CHANGED
}
