package dev.kefu.app.privacy;

import dev.kefu.core.privacy.DataSubject;
import dev.kefu.core.privacy.PersonalRecords;
import dev.kefu.kb.unanswered.UnansweredLog;
import dev.kefu.text.normalize.TextNormalizer;

/**
 * The unanswered-questions log as records of a user: it keeps no user id, only the (masked) words,
 * so a user's questions are those equal to what they said in their deleted conversations. The same
 * words sent by someone else go too: when in doubt, a request to be forgotten deletes more, not less.
 */
final class UnansweredQuestionRecords implements PersonalRecords {

    private final UnansweredLog log;

    UnansweredQuestionRecords(UnansweredLog log) {
        this.log = log;
    }

    @Override
    public String kind() {
        return "unansweredQuestions";
    }

    /** The log keeps the text as sent and masked, the store as normalized and masked: both are compared normalized. */
    @Override
    public int forget(DataSubject subject) {
        if (subject.texts().isEmpty()) {
            return 0;
        }
        return log.forget(q -> subject.texts().contains(q.text()) || subject.texts().contains(TextNormalizer.normalize(q.text())));
    }
}
