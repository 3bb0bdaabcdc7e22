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

    /**
     * The choices to offer when the decision is {@link Decision#SUGGEST}: the best {@code max}
     * candidates. The decision already required the first to be plausible; the others are offered
     * as the alternatives the customer may have meant.
     */
    public List<Match> suggestions(int max) {
        return matches.stream().limit(max).toList();
    }

    public static Retrieval empty() {
        return new Retrieval(List.of(), Decision.NO_MATCH);
    }
}
