package dev.kefu.text.detect;

import dev.kefu.text.Language;

/**
 * The language of a text. {@code tag} is the BCP 47 tag of what was seen, which may name a
 * language kefu does not serve (then {@code language} is {@link Language#UNDETERMINED}).
 * {@code eitherChineseScript}: Chinese that Simplified and Traditional write alike
 * (那退款多久能回到我卡上), so {@code language} says Simplified only by default, and a conversation
 * already in Traditional should stay so.
 */
public record Detection(Language language, String tag, double confidence, boolean eitherChineseScript) {

    /** A detection whose script, if Chinese, was decided by the text. */
    public Detection(Language language, String tag, double confidence) {
        this(language, tag, confidence, false);
    }
}
