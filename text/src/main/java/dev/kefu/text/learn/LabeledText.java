package dev.kefu.text.learn;

/** A training or test example: a message and its label (an intent, a polarity). */
public record LabeledText(String text, String label) {
}
