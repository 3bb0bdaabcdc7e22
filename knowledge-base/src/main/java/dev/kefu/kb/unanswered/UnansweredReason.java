package dev.kefu.kb.unanswered;

/** Why a customer's question counts as unanswered. */
public enum UnansweredReason {
    /** The bot found nothing and said so. */
    FALLBACK,
    /** The bot handed the conversation to a person instead of answering. */
    HANDOFF,
    /** The bot offered choices and the customer's next message did not get an answer either. */
    SUGGESTIONS_IGNORED
}
