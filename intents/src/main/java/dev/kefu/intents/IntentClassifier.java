package dev.kefu.intents;

import dev.kefu.text.Language;

/** Reads the intent of one normalized message. Implementations are thread-safe. */
public interface IntentClassifier {
    Intent classify(String text, Language language);
}
