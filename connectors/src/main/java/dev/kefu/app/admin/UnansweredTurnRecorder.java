package dev.kefu.app.admin;

import dev.kefu.core.conversation.HandoffReason;
import dev.kefu.core.engine.TurnListener;
import dev.kefu.core.message.InboundMessage;
import dev.kefu.core.message.ReplyType;
import dev.kefu.core.message.TurnResult;
import dev.kefu.core.privacy.PiiRedactor;
import dev.kefu.kb.unanswered.UnansweredLog;
import dev.kefu.kb.unanswered.UnansweredQuestion;
import dev.kefu.kb.unanswered.UnansweredReason;
import dev.kefu.text.Language;
import java.util.Optional;
import java.util.Set;

/**
 * Logs, with personal data masked, the messages the bot could not answer: a fallback, a handoff
 * for a reason that says the question went unanswered, or choices offered that the customer did
 * not take (their next message got no answer). Asking for a person, complaints and abuse are not
 * questions the knowledge base missed, so they are left out.
 */
final class UnansweredTurnRecorder implements TurnListener {

    private static final Set<HandoffReason> NOT_A_MISSED_QUESTION =
            Set.of(HandoffReason.USER_REQUEST, HandoffReason.COMPLAINT, HandoffReason.ABUSE);
    private static final int OPEN_SUGGESTIONS = 10_000;

    private final UnansweredLog log;
    private final PiiRedactor redactor;
    private final OpenSuggestions openSuggestions = new OpenSuggestions(OPEN_SUGGESTIONS);

    UnansweredTurnRecorder(UnansweredLog log, PiiRedactor redactor) {
        this.log = log;
        this.redactor = redactor;
    }

    @Override
    public void onTurn(InboundMessage message, TurnResult result) {
        UnansweredQuestion offered = has(result, ReplyType.SUGGESTIONS)
                ? question(message, result, UnansweredReason.SUGGESTIONS_IGNORED) : null;
        openSuggestions.settle(result.conversationId(), has(result, ReplyType.ANSWER), offered).ifPresent(log::record);
        reasonOf(result).ifPresent(reason -> log.record(question(message, result, reason)));
    }

    private UnansweredQuestion question(InboundMessage message, TurnResult result, UnansweredReason reason) {
        return new UnansweredQuestion(redactor.redact(message.text()).text(),
                Language.fromTag(result.analysis().language()), reason, message.receivedAt());
    }

    private static Optional<UnansweredReason> reasonOf(TurnResult result) {
        if (has(result, ReplyType.FALLBACK)) {
            return Optional.of(UnansweredReason.FALLBACK);
        }
        HandoffReason handoff = result.analysis().handoffReason();
        return handoff != null && !NOT_A_MISSED_QUESTION.contains(handoff)
                ? Optional.of(UnansweredReason.HANDOFF) : Optional.empty();
    }

    private static boolean has(TurnResult result, ReplyType type) {
        return result.replies().stream().anyMatch(r -> r.type() == type);
    }
}
