package dev.kefu.text.detect;

import dev.kefu.text.Language;

/**
 * The language of a text. {@code tag} is the BCP 47 tag of what was seen, which may name a
 * language kefu does not serve (then {@code language} is {@link Language#UNDETERMINED}).
 * {@code doubt} says when the text alone cannot settle it, so a conversation already in Chinese
 * keeps its language and script.
 */
public record Detection(Language language, String tag, double confidence, Doubt doubt) {

    /** What the text leaves open. */
    public enum Doubt {
        /** The text settles it. */
        NONE,
        /**
         * Chinese that Simplified and Traditional write alike (那退款多久能回到我卡上): {@code language}
         * says Simplified only by default.
         */
        EITHER_CHINESE_SCRIPT,
        /**
         * One Latin word (ok, thx, thanks, yyds, nb), which Chinese customers type too:
         * {@code language} says English only when nothing else is known.
         */
        ONE_LATIN_WORD
    }

    /** A detection the text settles. */
    public Detection(Language language, String tag, double confidence) {
        this(language, tag, confidence, Doubt.NONE);
    }
}
