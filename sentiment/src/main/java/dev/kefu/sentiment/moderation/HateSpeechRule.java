package dev.kefu.sentiment.moderation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Hate speech without a slur: a group of people (河南人, 女司机, immigrants) and a derogation
 * (都是骗子, 素质低, are animals) in one clause or the next. A message that argues against prejudice
 * (地域黑要不得, 以偏概全, stereotype) is read as discussion: its hate findings stay low.
 */
final class HateSpeechRule {

    private static final Pattern CLAUSE_END = Pattern.compile("[,、。！？!?；;…\\n]+");

    private final Lexicon groups;
    private final Lexicon derogations;
    private final Lexicon counterSpeech;

    HateSpeechRule(Lexicon groups, Lexicon derogations, Lexicon counterSpeech) {
        this.groups = groups;
        this.derogations = derogations;
        this.counterSpeech = counterSpeech;
    }

    /** A group and a derogation within two neighbouring clauses of {@code folded}, as medium hate. */
    Moderation find(String folded) {
        String[] clauses = CLAUSE_END.split(folded);
        for (int i = 0; i < clauses.length; i++) {
            // "剩女就是眼光太高，活该": the derogation often comes in the clause after the group
            String window = i + 1 < clauses.length ? clauses[i] + "," + clauses[i + 1] : clauses[i];
            Optional<Lexicon.Hit> group = groups.first(window);
            if (group.isPresent()) {
                Optional<Lexicon.Hit> derogation = derogations.first(window);
                if (derogation.isPresent()) {
                    return new Moderation(Category.HATE, Severity.MEDIUM, group.get().text() + " + " + derogation.get().text());
                }
            }
        }
        return Moderation.clean();
    }

    /** {@code found}, kept low when it is hate in a message that speaks against prejudice. */
    Moderation soften(Moderation found, String folded) {
        return found.category() == Category.HATE && counterSpeech.first(folded).isPresent()
                ? found.atMost(Severity.LOW) : found;
    }
}
