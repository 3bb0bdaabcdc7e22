package dev.kefu.app.admin;

import dev.kefu.kb.unanswered.QuestionGroup;
import java.time.Instant;
import java.util.List;

/** A group of similar unanswered questions, with the language as a tag. */
record UnansweredGroupView(String id, int count, List<String> examples, String language, Instant firstSeen,
                           Instant lastSeen) {

    static UnansweredGroupView of(QuestionGroup group) {
        return new UnansweredGroupView(group.id(), group.count(), group.examples(), group.language().tag(),
                group.firstSeen(), group.lastSeen());
    }
}
