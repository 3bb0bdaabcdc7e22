package dev.kefu.app.channel.etiquette;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The etiquette of one group: when the bot answers there, and who moderates it (platform user ids,
 * told of abuse). Configured per group under {@code kefu.channels.<platform>.groups.<chat id>}.
 */
public record GroupRules(Set<AnswerWhen> answerWhen, List<String> moderators) {

    /** Mentions, replies and commands; no moderators. */
    public static final GroupRules DEFAULT = new GroupRules(null, null);

    public GroupRules {
        answerWhen = answerWhen == null || answerWhen.isEmpty()
                ? Set.copyOf(EnumSet.of(AnswerWhen.MENTION, AnswerWhen.REPLY, AnswerWhen.COMMAND))
                : Set.copyOf(answerWhen);
        moderators = moderators == null ? List.of() : List.copyOf(moderators);
    }
}
