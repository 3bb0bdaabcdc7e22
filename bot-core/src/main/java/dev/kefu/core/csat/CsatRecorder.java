package dev.kefu.core.csat;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.privacy.PiiRedactor;
import dev.kefu.core.store.AppendConflictException;
import dev.kefu.core.store.ConversationStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Records the customer's rating of a resolved conversation as a {@link EventKind#CSAT} event, once
 * per conversation, so that the CSAT figures are rebuilt from events like everything else. The
 * comment is stored with personal data masked, as customer messages are. Safe on a shared store:
 * an append that loses a race is read again and retried, and a second rating is refused.
 */
public final class CsatRecorder {

    /** The event data key of the score, "1" to "5". */
    public static final String SCORE_DATA = "score";
    private static final int MAX_APPEND_ATTEMPTS = 8;

    private final ConversationStore store;
    private final PiiRedactor redactor;
    private final Clock clock;

    public CsatRecorder(ConversationStore store, PiiRedactor redactor, Clock clock) {
        this.store = store;
        this.redactor = redactor;
        this.clock = clock;
    }

    /**
     * Appends the rating to the conversation and returns its event.
     *
     * @throws CsatRejectedException the conversation is unknown, not resolved or already rated
     */
    public ConversationEvent record(String conversationId, CsatRating rating) {
        for (int attempt = 1; ; attempt++) {
            ConversationEvent event = next(conversationId, rating);
            try {
                store.append(List.of(event));
                return event;
            } catch (AppendConflictException e) {
                if (attempt == MAX_APPEND_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private ConversationEvent next(String conversationId, CsatRating rating) {
        Conversation conversation = store.find(conversationId).orElseThrow(() -> new CsatRejectedException(
                CsatRejectedException.Reason.UNKNOWN_CONVERSATION, "no conversation " + conversationId));
        if (conversation.state() != ConversationState.RESOLVED) {
            throw new CsatRejectedException(CsatRejectedException.Reason.NOT_RESOLVED,
                    "conversation " + conversationId + " is " + conversation.state() + ", not resolved");
        }
        if (store.events(conversationId).stream().anyMatch(e -> e.kind() == EventKind.CSAT)) {
            throw new CsatRejectedException(CsatRejectedException.Reason.ALREADY_RATED,
                    "conversation " + conversationId + " is already rated");
        }
        String comment = rating.comment().isEmpty() ? null : redactor.redact(rating.comment()).text();
        return new ConversationEvent(conversationId, conversation.lastSequence() + 1, clock.instant(), EventKind.CSAT,
                "customer", comment, Map.of(SCORE_DATA, Integer.toString(rating.score())));
    }
}
