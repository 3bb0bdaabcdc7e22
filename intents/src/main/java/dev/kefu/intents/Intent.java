package dev.kefu.intents;

/** What a message asks for, with a confidence in 0–1. */
public record Intent(String name, double confidence) {

    public static final String ASK_HUMAN = "ask_human";
    public static final String GREET = "greet";
    public static final String THANKS = "thanks";
    public static final String GOODBYE = "goodbye";
    public static final String AFFIRM = "affirm";
    public static final String DENY = "deny";
    public static final String COMPLAINT = "complaint";
    public static final String REFUND_REQUEST = "refund_request";
    public static final String CANCEL_ORDER = "cancel_order";
    public static final String ORDER_STATUS = "order_status";
    /** Insults aimed at the bot or the business. */
    public static final String ABUSE = "abuse";
    /** Talk that is not about the business: the weather, the bot itself, jokes. */
    public static final String CHITCHAT = "chitchat";
    /** No conversational intent: the message is a question for the knowledge base, or unknown. */
    public static final String NONE = "none";

    public static Intent none() {
        return new Intent(NONE, 0);
    }
}
