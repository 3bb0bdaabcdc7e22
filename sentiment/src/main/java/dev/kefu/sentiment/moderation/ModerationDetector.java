package dev.kefu.sentiment.moderation;

import dev.kefu.text.normalize.TextNormalizer;
import dev.kefu.text.script.ChineseScript;

/**
 * Moderates community-group and chat messages in Simplified and Traditional Chinese and English:
 * insults, profanity, threats, hate, sexual harassment and spam, each with a severity, also when
 * disguised (see {@link EvasionNormalizer}). Innocent words that contain a bad one (操作, 鸡蛋,
 * Scunthorpe) are blanked out first. The lexicons are the resources beside this class. Thread-safe;
 * build one with {@link #load} and share it.
 */
public final class ModerationDetector {

    private final EvasionNormalizer normalizer;
    private final Lexicon allowed;
    private final Lexicon abuse;
    private final HateSpeechRule hate;
    private final SpamSignals spam;

    private ModerationDetector(ChineseScript script) {
        this.normalizer = new EvasionNormalizer(script);
        this.allowed = Lexicon.bundled(script, "allowed.txt");
        this.abuse = Lexicon.bundled(script, "abuse-zh.tsv", "abuse-en.tsv");
        this.hate = new HateSpeechRule(Lexicon.bundled(script, "groups.txt"), Lexicon.bundled(script, "derogations.txt"),
                Lexicon.bundled(script, "counter-speech.txt"));
        this.spam = new SpamSignals(Lexicon.bundled(script, "spam.tsv"));
    }

    /** A detector with the bundled lexicons. */
    public static ModerationDetector load(ChineseScript script) {
        return new ModerationDetector(script);
    }

    /** The worst thing found in {@code text}, or {@link Moderation#clean()}. */
    public Moderation check(String text) {
        if (text == null || text.isBlank()) {
            return Moderation.clean();
        }
        String folded = allowed.mask(normalizer.fold(text));
        Moderation found = abuse.worst(folded).worse(hate.find(folded));
        return hate.soften(found, folded).worse(spam.check(folded, TextNormalizer.normalize(text)));
    }
}
