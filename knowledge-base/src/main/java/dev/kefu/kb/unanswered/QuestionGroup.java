package dev.kefu.kb.unanswered;

import dev.kefu.text.Language;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Similar unanswered questions: how often they were asked, up to three different examples (the
 * first is the one the group formed around), when first and last, and in which language first.
 * The id stays the same while the first question is kept. {@code reasons}: why its questions
 * went unanswered.
 */
public record QuestionGroup(String id, int count, List<String> examples, Language language,
                            Instant firstSeen, Instant lastSeen, Set<UnansweredReason> reasons) {

    public QuestionGroup {
        examples = List.copyOf(examples);
        reasons = Collections.unmodifiableSet(EnumSet.copyOf(reasons));
    }
}
