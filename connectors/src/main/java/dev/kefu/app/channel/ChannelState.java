package dev.kefu.app.channel;

import java.util.Optional;

/**
 * What the messaging channels remember between deliveries, and share between instances with
 * {@code kefu.store=redis}: where each conversation is answered (so that an agent's reply goes back
 * to the right chat), and which deliveries and sends have been claimed (so that a platform's
 * redelivery is processed once and a message is sent once). One contract test holds for both
 * implementations.
 */
public interface ChannelState {

    /** Remembers where the conversation's messages go from now on. */
    void route(String conversationId, String channel, Destination destination);

    /** Forgets the route: the conversation has no place to be answered on its platform for now. */
    void forgetRoute(String conversationId);

    Optional<Route> route(String conversationId);

    /** Claims a key (a platform's delivery id, an outbound message id); false when someone claimed it before. */
    boolean claim(String key);

    /** Gives a claim back after its processing failed, so that a redelivery is processed. */
    void release(String key);

    /** A conversation's channel and its destination there. */
    record Route(String channel, Destination destination) {
    }
}
