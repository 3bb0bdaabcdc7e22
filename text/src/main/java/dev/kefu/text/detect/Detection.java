package dev.kefu.text.detect;

import dev.kefu.text.Language;

/**
 * The language of a text. {@code tag} is the BCP 47 tag of what was seen, which may name a
 * language kefu does not serve (then {@code language} is {@link Language#UNDETERMINED}).
 */
public record Detection(Language language, String tag, double confidence) {
}
