package dev.kefu.kb.eval;

import java.util.Locale;

/**
 * A query the knowledge base got wrong: an answerable one whose right entry was not ranked first,
 * or one it cannot answer ({@code expectedId} {@code -}). It holds what was asked, the entry that
 * answers it and the one ranked first instead (each with its question), the confidence of that
 * first entry, and the rank of the right one (0 when it was not among the candidates). Read side
 * by side, the two questions show whether a miss is a wrong answer or another entry that asks the
 * same thing.
 */
public record FaqMiss(String query, String expectedId, String expectedQuestion, String firstId, String firstQuestion,
                      double confidence, int rank) {

    /** One line for a person to read: {@code query | want id question | got id question (confidence) | rank}. */
    public String format() {
        return String.format(Locale.ROOT, "%s | want %s %s | got %s %s (%.2f) | rank %s", query, expectedId,
                expectedQuestion, firstId, firstQuestion, confidence, rank == 0 ? "-" : Integer.toString(rank));
    }
}
