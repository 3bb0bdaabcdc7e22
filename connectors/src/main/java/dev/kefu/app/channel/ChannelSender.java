package dev.kefu.app.channel;

import dev.kefu.app.channel.http.PlatformCallException;
import java.time.Duration;
import java.util.List;

/**
 * Writes the bot's or an agent's text on a platform: splits it to the platform's limit on sentence
 * boundaries, puts each part in the platform's markup, and sends each part once per id, even when
 * the same text is handed over twice (a redelivery, a second instance), unless the channel
 * {@linkplain OutboundChannel#sendsOnEveryInstance() sends on every instance}.
 */
public final class ChannelSender {

    /** How long a send is claimed before it is marked sent; a platform call rarely takes more than a few seconds. */
    static final Duration SEND_LEASE = Duration.ofMinutes(1);

    private final ChannelState state;

    public ChannelSender(ChannelState state) {
        this.state = state;
    }

    /** Sends {@code text} as one or more messages with ids {@code id:1}, {@code id:2}, …; the first part replies to the message. */
    public void send(OutboundChannel channel, String id, Destination to, String text, String replyToMessageId,
                     List<String> mentionUserIds) {
        TextLimit limit = channel.textLimit();
        // leave room for the mentions some platforms put in front of the text
        int max = limit.max() - 64 * mentionUserIds.size();
        List<String> parts = MessageSplitter.split(text, max, part -> limit.measure(channel.format(part)));
        for (int i = 0; i < parts.size(); i++) {
            String partId = channel.name() + ":" + id + ":" + (i + 1);
            OutboundMessage message = new OutboundMessage(partId, to, channel.format(parts.get(i)),
                    i == 0 ? replyToMessageId : null, i == 0 ? mentionUserIds : List.of());
            if (channel.sendsOnEveryInstance()) {
                channel.send(message);
            } else {
                sendOnce(channel, message);
            }
        }
    }

    /**
     * Sends under a claim with a lease, marked sent once the platform took it: a sender that dies
     * before the call leaves only a lease, so whoever is handed the message after it runs out
     * sends it. One whose call outlasts the lease can be sent twice; one whose claim is held
     * elsewhere is refused for now (a temporary {@link PlatformCallException}) so that it is tried again.
     */
    private void sendOnce(OutboundChannel channel, OutboundMessage message) {
        String key = "sent:" + message.id();
        switch (state.claimSend(key, SEND_LEASE)) {
            case SENT -> {
                // sent before: a redelivery
            }
            case IN_FLIGHT -> throw new PlatformCallException(channel.name() + ": message " + message.id()
                    + " is being sent elsewhere", 0, false);
            case CLAIMED -> {
                try {
                    channel.send(message);
                } catch (RuntimeException e) {
                    state.release(key);
                    throw e;
                }
                state.sent(key);
            }
        }
    }
}
