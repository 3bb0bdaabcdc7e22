package dev.kefu.core.conversation;

/** Why the bot handed a conversation to a person. */
public enum HandoffReason {
    USER_REQUEST, NEGATIVE_SENTIMENT, SENTIMENT_TREND, REPEATED_FALLBACK, COMPLEX_INTENT, SENSITIVE_DATA, ABUSE, COMPLAINT
}
