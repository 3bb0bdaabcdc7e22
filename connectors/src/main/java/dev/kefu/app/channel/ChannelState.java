package dev.kefu.app.channel;

import java.time.Duration;
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

    /**
     * Claims the sending of an outbound message for {@code lease}: long enough for one call to the
     * platform, short enough that a sender that died before calling does not keep it from being
     * sent by whoever is handed the message next. {@link #sent} makes the claim last.
     */
    SendClaim claimSend(String key, Duration lease);

    /** Records that the message claimed with {@link #claimSend} was sent; its later claims answer {@code SENT} for a day. */
    void sent(String key);

    /** What {@link #claimSend} found. */
    enum SendClaim {
        /** The caller may send. */
        CLAIMED,
        /** Another sender holds the claim and has not said it sent: try again later. */
        IN_FLIGHT,
        /** Already sent: do nothing. */
        SENT
    }

    /** A conversation's channel and its destination there. */
    record Route(String channel, Destination destination) {
    }
}
