package dev.kefu.text.io;

import java.util.List;

/** The message of an exception that rejects a whole file: a title and its problems, one a line, at most 20. */
public final class ProblemList {

    private static final int SHOWN = 20;

    private ProblemList() {
    }

    public static String summary(String title, List<?> problems) {
        StringBuilder text = new StringBuilder(title);
        int shown = Math.min(problems.size(), SHOWN);
        for (int i = 0; i < shown; i++) {
            text.append("\n  ").append(problems.get(i));
        }
        if (problems.size() > shown) {
            text.append("\n  … and ").append(problems.size() - shown).append(" more");
        }
        return text.toString();
    }
}
