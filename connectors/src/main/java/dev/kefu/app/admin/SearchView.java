package dev.kefu.app.admin;

import dev.kefu.kb.search.Decision;
import dev.kefu.kb.search.Match;
import dev.kefu.kb.search.Retrieval;
import java.util.List;

/** What the live knowledge base does with a question: the decision and the ranked matches. */
record SearchView(String query, Decision decision, List<MatchView> matches) {

    /** One candidate: the entry, the phrasing that matched, its ranking score and its confidence (0–1). */
    record MatchView(String id, String phrasing, double score, double confidence) {
        static MatchView of(Match match) {
            return new MatchView(match.entry().id(), match.phrasing(), match.score(), match.confidence());
        }
    }

    static SearchView of(String query, Retrieval retrieval) {
        return new SearchView(query, retrieval.decision(), retrieval.matches().stream().map(MatchView::of).toList());
    }
}
