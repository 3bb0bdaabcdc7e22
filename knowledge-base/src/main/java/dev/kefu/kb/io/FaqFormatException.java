package dev.kefu.kb.io;

import dev.kefu.text.io.ProblemList;
import java.util.List;

/** A knowledge-base file that cannot be imported; every problem found is listed with its line. */
public final class FaqFormatException extends Exception {

    private final List<Problem> problems;

    public FaqFormatException(List<Problem> problems) {
        super(ProblemList.summary("invalid knowledge base file", problems));
        this.problems = List.copyOf(problems);
    }

    public FaqFormatException(int line, String message) {
        this(List.of(new Problem(line, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One thing wrong with a file; line 0 means the file as a whole. */
    public record Problem(int line, String message) {
        @Override
        public String toString() {
            return line > 0 ? "line " + line + ": " + message : message;
        }
    }
}
