package dev.kefu.sentiment.moderation;

/** Whether a message is abusive, and which cue said so. */
public record Moderation(boolean abusive, String cue) {
    public static Moderation clean() {
        return new Moderation(false, null);
    }
}
