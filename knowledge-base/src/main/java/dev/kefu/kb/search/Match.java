package dev.kefu.kb.search;

import dev.kefu.kb.FaqEntry;

/**
 * A candidate entry for a query. {@code score} is the ranking score (comparable only within one
 * query); {@code confidence} in 0–1 says how well the best phrasing of the entry matches the query;
 * {@code phrasing} is that phrasing.
 */
public record Match(FaqEntry entry, String phrasing, double score, double confidence) {
}
