package dev.kefu.core.engine;

import dev.kefu.core.message.InboundMessage;
import dev.kefu.core.message.TurnResult;

/**
 * Told of every turn after it is stored, e.g. to log the questions the bot could not answer.
 * Called on the thread that handled the message, so it should be quick; what it throws is
 * logged and does not change the turn.
 */
@FunctionalInterface
public interface TurnListener {

    void onTurn(InboundMessage message, TurnResult result);
}
