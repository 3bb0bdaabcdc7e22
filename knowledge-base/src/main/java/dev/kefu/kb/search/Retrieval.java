package dev.kefu.kb.search;

import java.util.List;
import java.util.Optional;

/** The ranked candidates for a query and the decision taken on them. */
public record Retrieval(List<Match> matches, Decision decision) {

    public Retrieval {
        matches = List.copyOf(matches);
    }

    public Optional<Match> best() {
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
    }

    /** The candidates worth offering as choices when the decision is {@link Decision#SUGGEST}. */
    public List<Match> suggestions(int max, double minConfidence) {
        return matches.stream().filter(m -> m.confidence() >= minConfidence).limit(max).toList();
    }

    public static Retrieval empty() {
        return new Retrieval(List.of(), Decision.NO_MATCH);
    }
}
