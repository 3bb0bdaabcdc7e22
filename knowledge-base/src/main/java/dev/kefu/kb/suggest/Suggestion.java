package dev.kefu.kb.suggest;

/** A question offered while the customer types, in the customer's script, with the FAQ entry it belongs to. */
public record Suggestion(String faqId, String question) {
}
