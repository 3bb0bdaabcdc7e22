package dev.kefu.kb.eval;

import dev.kefu.kb.FaqEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Questions in the knowledge base's own domain that it does not cover, made from a labelled set:
 * every second entry (in file order, from the second) is taken out of the knowledge base, and the
 * queries it answered become questions the smaller knowledge base cannot answer. They are harder
 * than questions from another domain, since they share the topic, the words and the style of the
 * entries that stay.
 */
public record HeldOutEntries(List<FaqEntry> kept, List<LabeledQuery> answerable, List<String> uncovered) {

    public static HeldOutEntries everySecond(List<FaqEntry> entries, List<LabeledQuery> queries) {
        List<FaqEntry> kept = new ArrayList<>();
        Set<String> keptIds = new HashSet<>();
        Set<String> removedIds = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            FaqEntry entry = entries.get(i);
            if (i % 2 == 0) {
                kept.add(entry);
                keptIds.add(entry.id());
            } else {
                removedIds.add(entry.id());
            }
        }
        List<LabeledQuery> answerable = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        for (LabeledQuery query : queries) {
            if (keptIds.contains(query.expectedId())) {
                answerable.add(query);
            } else if (removedIds.contains(query.expectedId())) {
                uncovered.add(query.query());
            }
        }
        return new HeldOutEntries(List.copyOf(kept), List.copyOf(answerable), List.copyOf(uncovered));
    }
}
