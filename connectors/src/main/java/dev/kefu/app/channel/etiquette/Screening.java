package dev.kefu.app.channel.etiquette;

import dev.kefu.sentiment.moderation.Moderation;
import dev.kefu.text.Language;

/**
 * What the etiquette decides for a message before the engine sees it. Only {@link Action#ANSWER}
 * and {@link Action#PRIVATE} become turns; {@code silencesSender} tells moderators that the flagged
 * message was one too many.
 */
public record Screening(Action action, Moderation moderation, Language language, boolean silencesSender) {

    public enum Action {
        /** Not addressed to the bot, or from a silenced member: nothing is processed. */
        IGNORE,
        /** Abuse or spam: the group's moderators are told, the bot does not answer. */
        FLAG,
        /** Personal data in a group: the bot continues in private. */
        PRIVATE,
        /** A turn, answered where it was asked (the engine's result may still move it to private). */
        ANSWER
    }
}
