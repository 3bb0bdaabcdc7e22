package dev.kefu.core.conversation;

/** Who is handling a conversation. */
public enum ConversationState {
    /** The bot answers. */
    BOT,
    /** Handed off; waiting for an agent. */
    QUEUED,
    /** An agent is assigned and answers. */
    AGENT,
    /** Closed; the customer's next message opens a new conversation. */
    RESOLVED
}
