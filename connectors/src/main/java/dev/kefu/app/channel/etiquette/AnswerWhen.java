package dev.kefu.app.channel.etiquette;

/** When the bot answers in a group: when mentioned, when replied to, when called by a command, or to every message. */
public enum AnswerWhen {
    MENTION, REPLY, COMMAND, ALL
}
