package dev.kefu.app.channel;

/**
 * How a group message was addressed to the bot. In a group the bot speaks only when spoken to, so
 * every platform adapter reads this from its payload: a mention, a reply to one of the bot's
 * messages, a command, or none of these.
 */
public enum Addressing {
    MENTION, REPLY, COMMAND, NONE
}
