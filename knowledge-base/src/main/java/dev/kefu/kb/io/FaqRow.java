package dev.kefu.kb.io;

import java.util.List;

/** One entry-language as a file states it, before rows with the same id are merged. */
record FaqRow(int line, String id, String language, String question, List<String> alternates,
              String answer, List<String> tags) {
}
