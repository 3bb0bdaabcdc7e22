package dev.kefu.text.synonyms;

import java.util.List;

/** A synonym file that cannot be used; it is rejected whole, and every problem found is listed with its line. */
public final class SynonymFileException extends Exception {

    private final List<Problem> problems;

    public SynonymFileException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One thing wrong with a line of the file (lines count from 1). */
    public record Problem(int line, String message) {
        @Override
        public String toString() {
            return "line " + line + ": " + message;
        }
    }

    private static String summary(List<Problem> problems) {
        StringBuilder text = new StringBuilder("invalid synonym file");
        int shown = Math.min(problems.size(), 20);
        for (int i = 0; i < shown; i++) {
            text.append("\n  ").append(problems.get(i));
        }
        if (problems.size() > shown) {
            text.append("\n  … and ").append(problems.size() - shown).append(" more");
        }
        return text.toString();
    }
}
