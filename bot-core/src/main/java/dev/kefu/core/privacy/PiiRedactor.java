package dev.kefu.core.privacy;

import dev.kefu.intents.entities.Entity;
import dev.kefu.intents.entities.EntityExtractor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces personal data in a text by a typed mask, e.g. {@code [PHONE]} or {@code [ADDRESS]},
 * before it is stored or logged: what the {@link EntityExtractor} finds, and postal addresses
 * ({@link AddressFinder}). Where an address and another entity overlap, the earlier, then longer, wins.
 */
public final class PiiRedactor {

    private final EntityExtractor extractor;
    private final AddressFinder addresses = new AddressFinder();

    public PiiRedactor(EntityExtractor extractor) {
        this.extractor = extractor;
    }

    public Redaction redact(String text) {
        List<Entity> entities = entities(text);
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

    private List<Entity> entities(String text) {
        List<Entity> found = new ArrayList<>(extractor.extract(text));
        List<Entity> addressesFound = addresses.find(text);
        if (addressesFound.isEmpty()) {
            return found;
        }
        found.addAll(addressesFound);
        found.sort(Comparator.comparingInt(Entity::start).thenComparing(e -> -(e.end() - e.start())));
        List<Entity> kept = new ArrayList<>();
        int end = -1;
        for (Entity e : found) {
            if (e.start() >= end) {
                kept.add(e);
                end = e.end();
            }
        }
        return kept;
    }

    /** The redacted text, every entity found, and whether anything personal was masked. */
    public record Redaction(String text, List<Entity> entities, boolean redacted) {
    }
}
