package dev.kefu.kb.unanswered;

/** Why a customer's question counts as unanswered. */
public enum UnansweredReason {
    /** The bot found nothing and said so. */
    FALLBACK,
    /** The bot handed the conversation to a person instead of answering. */
    HANDOFF
}
