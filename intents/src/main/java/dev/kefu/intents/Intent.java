package dev.kefu.intents;

/** What a message asks for, with a confidence in 0–1. */
public record Intent(String name, double confidence) {

    public static final String ASK_HUMAN = "ask_human";
    public static final String GREET = "greet";
    public static final String THANKS = "thanks";
    public static final String GOODBYE = "goodbye";
    /** No conversational intent: the message is a question for the knowledge base, or unknown. */
    public static final String NONE = "none";

    public static Intent none() {
        return new Intent(NONE, 0);
    }
}
