package dev.kefu.intents;

import dev.kefu.text.Language;
import java.util.Objects;

/** Reads a message with a first classifier and, when it says {@link Intent#NONE}, with a second. */
public final class FallbackIntentClassifier implements IntentClassifier {

    private final IntentClassifier first;
    private final IntentClassifier second;

    public FallbackIntentClassifier(IntentClassifier first, IntentClassifier second) {
        this.first = Objects.requireNonNull(first);
        this.second = Objects.requireNonNull(second);
    }

    @Override
    public Intent classify(String text, Language language) {
        Intent intent = first.classify(text, language);
        return intent.name().equals(Intent.NONE) ? second.classify(text, language) : intent;
    }
}
