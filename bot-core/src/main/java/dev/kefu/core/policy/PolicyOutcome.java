package dev.kefu.core.policy;

import dev.kefu.core.conversation.HandoffReason;
import dev.kefu.core.message.Reply;
import java.util.List;

/** What the policy decided for a turn: the replies, and a handoff reason when a person should take over. */
public record PolicyOutcome(List<Reply> replies, HandoffReason handoff) {

    public PolicyOutcome {
        replies = List.copyOf(replies);
    }

    public boolean handsOff() {
        return handoff != null;
    }
}
