package dev.kefu.core.llm;

import dev.kefu.core.engine.ReplyAugmenter;
import dev.kefu.core.engine.Turn;
import dev.kefu.core.message.Reply;
import dev.kefu.core.policy.PolicyOutcome;
import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.search.Match;
import java.util.List;
import java.util.Optional;

/**
 * Lets the model word what the knowledge base already answered, never decide. A confident answer is
 * rephrased for the customer's question; "did you mean" choices get one composed answer from the
 * offered entries above them (the choices stay, and the reply stays of type suggestions). Fallbacks,
 * handoffs, smalltalk and system messages never reach the model. The model sees only the redacted
 * text, and whatever it writes that the entries do not support leaves the policy's reply as it was.
 */
public final class GroundedReplyAugmenter implements ReplyAugmenter {

    private static final System.Logger LOG = System.getLogger(GroundedReplyAugmenter.class.getName());

    private final GroundedComposer composer;
    private final int maxEntries;

    /** @param maxEntries how many of the offered entries the model may compose from (the policy offers 3 by default) */
    public GroundedReplyAugmenter(GroundedComposer composer, int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1");
        }
        this.composer = composer;
        this.maxEntries = maxEntries;
    }

    @Override
    public PolicyOutcome augment(Turn turn, PolicyOutcome decided) {
        if (decided.handsOff() || decided.replies().size() != 1) {
            return decided;
        }
        Reply reply = decided.replies().get(0);
        List<FaqEntry> grounds = switch (reply.type()) {
            case ANSWER -> turn.retrieval().matches().stream().map(Match::entry)
                    .filter(entry -> entry.id().equals(reply.faqId())).limit(1).toList();
            case SUGGESTIONS -> turn.retrieval().suggestions(maxEntries).stream().map(Match::entry).distinct().toList();
            default -> List.of();
        };
        if (grounds.isEmpty()) {
            return decided;
        }
        Optional<GroundedReply> grounded;
        try {
            grounded = composer.compose("answer", turn.redactedText(), turn.language(), grounds);
        } catch (RuntimeException e) {
            // the model is an extra: whatever goes wrong with it, the customer gets the policy's reply
            LOG.log(System.Logger.Level.WARNING, "reply augmentation failed, the policy's reply goes out", e);
            return decided;
        }
        return grounded
                .map(g -> new PolicyOutcome(List.of(new Reply(reply.type(), g.text(), reply.faqId(), reply.suggestions())), null))
                .orElse(decided);
    }
}
