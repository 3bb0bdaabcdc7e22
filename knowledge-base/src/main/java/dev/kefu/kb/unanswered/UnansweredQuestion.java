package dev.kefu.kb.unanswered;

import dev.kefu.text.Language;
import java.time.Instant;
import java.util.Objects;

/** A question the bot did not answer, as the caller gave it (personal data already redacted). */
public record UnansweredQuestion(String text, Language language, UnansweredReason reason, Instant at) {

    public UnansweredQuestion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
