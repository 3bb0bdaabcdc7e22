package dev.kefu.core.privacy;

import dev.kefu.intents.entities.Entity;
import dev.kefu.intents.entities.EntityExtractor;
import java.util.List;

/** Replaces personal data in a text by a typed mask, e.g. {@code [PHONE]}, before it is stored or logged. */
public final class PiiRedactor {

    private final EntityExtractor extractor;

    public PiiRedactor(EntityExtractor extractor) {
        this.extractor = extractor;
    }

    public Redaction redact(String text) {
        List<Entity> entities = extractor.extract(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        boolean redacted = false;
        for (Entity entity : entities) {
            if (entity.type().isPersonal()) {
                out.append(text, last, entity.start()).append('[').append(entity.type().name()).append(']');
                last = entity.end();
                redacted = true;
            }
        }
        out.append(text, last, text.length());
        return new Redaction(out.toString(), entities, redacted);
    }

    /** The redacted text, every entity found, and whether anything personal was masked. */
    public record Redaction(String text, List<Entity> entities, boolean redacted) {
    }
}
