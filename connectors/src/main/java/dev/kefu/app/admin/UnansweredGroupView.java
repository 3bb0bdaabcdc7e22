package dev.kefu.app.admin;

import dev.kefu.kb.unanswered.QuestionGroup;
import dev.kefu.kb.unanswered.UnansweredReason;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A group of similar unanswered questions, with the language as a tag and why they went unanswered. */
record UnansweredGroupView(String id, int count, List<String> examples, String language, Instant firstSeen,
                           Instant lastSeen, Set<UnansweredReason> reasons) {

    static UnansweredGroupView of(QuestionGroup group) {
        return new UnansweredGroupView(group.id(), group.count(), group.examples(), group.language().tag(),
                group.firstSeen(), group.lastSeen(), group.reasons());
    }
}
