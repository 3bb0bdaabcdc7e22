package dev.kefu.kb.eval;

/** A test question and the id of the entry that answers it. */
public record LabeledQuery(String query, String expectedId) {
}
