package dev.kefu.core.conversation;

/** The kinds of conversation event; the one list of them. {@code CSAT}: the customer rated a resolved conversation. */
public enum EventKind {
    OPENED, CUSTOMER_MESSAGE, BOT_REPLY, AGENT_MESSAGE, STATE_CHANGED,
    /** An agent's internal note: for agents only, never shown to the customer nor part of the transcript. */
    AGENT_NOTE,
    CSAT;

    /** Whether a customer-facing watcher (the chat widget, a messaging channel) may show this event. */
    public boolean shownToCustomer() {
        return this == CUSTOMER_MESSAGE || this == BOT_REPLY || this == AGENT_MESSAGE;
    }
}
