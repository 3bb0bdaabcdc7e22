package dev.kefu.intents.entities;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds e-mail addresses, phone numbers (mainland mobile and international), PRC resident ID
 * numbers (checksum verified), bank cards (Luhn verified), order numbers, amounts of money and
 * dates. Checksums keep ordinary long numbers from being taken for an ID or a card. Overlaps
 * resolve to the earliest, then longest, match; on a tie personal data wins. Thread-safe.
 */
public final class EntityExtractor {

    private final List<Recognizer> recognizers;

    /** Resolves relative dates ("明天", "next Monday") against today in the system's clock and zone. */
    public EntityExtractor() {
        this(Clock.systemDefaultZone());
    }

    /** Resolves relative dates against today as the clock gives it, in the clock's zone. */
    public EntityExtractor(Clock clock) {
        recognizers = List.of(
                PatternRecognizer.EMAIL,
                new PrcIdRecognizer(),
                new BankCardRecognizer(),
                PatternRecognizer.MAINLAND_MOBILE,
                PatternRecognizer.INTERNATIONAL_PHONE,
                PatternRecognizer.ORDER_NUMBER,
                new MoneyRecognizer(),
                new DateRecognizer(clock));
    }

    public List<Entity> extract(String text) {
        List<Entity> found = new ArrayList<>();
        for (Recognizer recognizer : recognizers) {
            recognizer.find(text, found);
        }
        return withoutOverlaps(found);
    }

    /** The sort is stable, so of two matches with the same span the earlier recognizer's stays. */
    private static List<Entity> withoutOverlaps(List<Entity> found) {
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
}
