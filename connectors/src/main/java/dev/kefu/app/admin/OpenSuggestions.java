package dev.kefu.app.admin;

import dev.kefu.kb.unanswered.UnansweredQuestion;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Per conversation, the question last answered with choices, until the customer's next message
 * shows whether a choice was taken. Bounded: the oldest conversations are forgotten first.
 */
final class OpenSuggestions {

    private final Map<String, UnansweredQuestion> open;

    OpenSuggestions(int capacity) {
        this.open = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, UnansweredQuestion> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Settles the conversation's open choices with its next turn: returns the question they were
     * offered for if that turn got no answer either; then keeps {@code offered}, if not null, open.
     */
    synchronized Optional<UnansweredQuestion> settle(String conversationId, boolean answered, UnansweredQuestion offered) {
        UnansweredQuestion previous = open.remove(conversationId);
        if (offered != null) {
            open.put(conversationId, offered);
        }
        return answered ? Optional.empty() : Optional.ofNullable(previous);
    }
}
