package dev.kefu.text.synonyms;

import dev.kefu.text.io.ProblemList;
import java.util.List;

/** A synonym file that cannot be used; it is rejected whole, and every problem found is listed with its line. */
public final class SynonymFileException extends Exception {

    private final List<Problem> problems;

    public SynonymFileException(List<Problem> problems) {
        super(ProblemList.summary("invalid synonym file", problems));
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
}
