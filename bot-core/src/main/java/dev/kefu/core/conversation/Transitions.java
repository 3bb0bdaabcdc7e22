package dev.kefu.core.conversation;

import static dev.kefu.core.conversation.ConversationCommand.ASSIGN;
import static dev.kefu.core.conversation.ConversationCommand.HAND_OFF;
import static dev.kefu.core.conversation.ConversationCommand.RESOLVE;
import static dev.kefu.core.conversation.ConversationCommand.RETURN_TO_BOT;
import static dev.kefu.core.conversation.ConversationCommand.TRANSFER;
import static dev.kefu.core.conversation.ConversationState.AGENT;
import static dev.kefu.core.conversation.ConversationState.BOT;
import static dev.kefu.core.conversation.ConversationState.QUEUED;
import static dev.kefu.core.conversation.ConversationState.RESOLVED;

import java.util.EnumMap;
import java.util.Map;

/** The one table of legal state changes: state × command → next state. Nothing else changes a state. */
public final class Transitions {

    private static final Map<ConversationState, Map<ConversationCommand, ConversationState>> TABLE =
            new EnumMap<>(ConversationState.class);

    static {
        allow(BOT, HAND_OFF, QUEUED);
        allow(BOT, RESOLVE, RESOLVED);
        allow(QUEUED, ASSIGN, AGENT);
        allow(QUEUED, RETURN_TO_BOT, BOT);
        allow(QUEUED, RESOLVE, RESOLVED);
        allow(AGENT, TRANSFER, QUEUED);
        allow(AGENT, RETURN_TO_BOT, BOT);
        allow(AGENT, RESOLVE, RESOLVED);
    }

    private Transitions() {
    }

    private static void allow(ConversationState from, ConversationCommand command, ConversationState to) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(ConversationCommand.class)).put(command, to);
    }

    /** The state after {@code command}, or an exception naming the illegal move. */
    public static ConversationState next(ConversationState from, ConversationCommand command) {
        ConversationState to = TABLE.getOrDefault(from, Map.of()).get(command);
        if (to == null) {
            throw new IllegalTransitionException(from, command);
        }
        return to;
    }

    /** A command that the conversation's current state does not allow. */
    public static final class IllegalTransitionException extends IllegalStateException {
        public IllegalTransitionException(ConversationState from, ConversationCommand command) {
            super("cannot " + command + " a conversation in state " + from);
        }
    }
}
