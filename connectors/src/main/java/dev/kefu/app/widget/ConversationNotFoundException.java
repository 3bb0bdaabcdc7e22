package dev.kefu.app.widget;

/** No conversation of this visitor has the id (it may be another visitor's); answered 404. */
final class ConversationNotFoundException extends RuntimeException {
    ConversationNotFoundException() {
        super("no such conversation");
    }
}
