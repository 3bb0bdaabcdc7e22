package dev.kefu.app.channel;

import java.util.List;

/**
 * Writes the bot's or an agent's text on a platform: splits it to the platform's limit on sentence
 * boundaries, puts each part in the platform's markup, and sends each part once per id, even when
 * the same text is handed over twice (a redelivery, a second instance), unless the channel
 * {@linkplain OutboundChannel#sendsOnEveryInstance() sends on every instance}.
 */
public final class ChannelSender {

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
            } else if (state.claim("sent:" + partId)) {
                try {
                    channel.send(message);
                } catch (RuntimeException e) {
                    state.release("sent:" + partId);
                    throw e;
                }
            }
        }
    }
}
