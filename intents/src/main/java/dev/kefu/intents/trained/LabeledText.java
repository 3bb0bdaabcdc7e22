package dev.kefu.intents.trained;

/** A training or test example: a message and the intent it expresses. */
public record LabeledText(String text, String label) {
}
