package dev.kefu.core.conversation;

/** What can be done to a conversation's state. */
public enum ConversationCommand {
    HAND_OFF, ASSIGN, TRANSFER, RETURN_TO_BOT, RESOLVE
}
