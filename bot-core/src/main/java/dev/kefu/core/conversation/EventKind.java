package dev.kefu.core.conversation;

/** The kinds of conversation event; the one list of them. {@code CSAT}: the customer rated a resolved conversation. */
public enum EventKind {
    OPENED, CUSTOMER_MESSAGE, BOT_REPLY, AGENT_MESSAGE, STATE_CHANGED, CSAT
}
