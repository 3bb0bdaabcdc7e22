package dev.kefu.text.detect;

import dev.kefu.text.Language;

/**
 * The language of a text. {@code tag} is the BCP 47 tag of what was seen, which may name a
 * language kefu does not serve (then {@code language} is {@link Language#UNDETERMINED}).
 */
public record Detection(Language language, String tag, double confidence) {

    /** The confidence of Chinese written only in characters both scripts share: the script is a guess. */
    public static final double EITHER_SCRIPT_CONFIDENCE = 0.6;

    /**
     * Chinese that Simplified and Traditional write alike (那退款多久能回到我卡上): {@code language}
     * says Simplified by default, and a conversation already in Traditional should stay so.
     */
    public boolean eitherChineseScript() {
        return language.isChinese() && confidence == EITHER_SCRIPT_CONFIDENCE;
    }
}
