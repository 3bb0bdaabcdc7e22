package dev.kefu.kb;

import dev.kefu.text.Language;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** One language of an FAQ entry: the question, the other ways customers ask it, and the answer. */
public record FaqVariant(Language language, String question, List<String> alternates, String answer) {

    public FaqVariant {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        alternates = List.copyOf(alternates);
    }

    /** The question followed by its alternates: every phrasing a customer may match. */
    public List<String> phrasings() {
        return Stream.concat(Stream.of(question), alternates.stream()).toList();
    }
}
