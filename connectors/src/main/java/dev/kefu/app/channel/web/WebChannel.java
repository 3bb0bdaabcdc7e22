package dev.kefu.app.channel.web;

import dev.kefu.app.channel.Destination;
import dev.kefu.app.channel.OutboundChannel;
import dev.kefu.app.channel.OutboundMessage;
import dev.kefu.app.channel.TextLimit;
import java.util.Optional;

/**
 * The outbound half of the web chat. A visitor's chat is the visitor: the bot's answer travels in
 * the response to their message, and what an agent writes (routed here by the agent reply router,
 * as for every platform) is already stored in the conversation, so sending it means waking the
 * visitor's open widgets, which read it with its place in the conversation. A visitor who is not
 * connected reads it when they reconnect. Each instance wakes the widgets connected to it.
 */
public final class WebChannel implements OutboundChannel {

    /** The channel name of web conversations. */
    public static final String NAME = "web";

    private final VisitorSessions sessions;

    public WebChannel(VisitorSessions sessions) {
        this.sessions = sessions;
    }

    /** Where a visitor's messages go: their own chat, private by nature. */
    public static Destination visitor(String visitorId) {
        return Destination.chat(visitorId, null, true);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The widget shows a message of any length; nothing is split. */
    @Override
    public TextLimit textLimit() {
        return TextLimit.characters(Integer.MAX_VALUE);
    }

    /** The widget renders the Markdown itself, from the stored event. */
    @Override
    public String format(String markdown) {
        return markdown;
    }

    @Override
    public void send(OutboundMessage message) {
        sessions.wake(message.to().chatId());
    }

    @Override
    public Optional<Destination> privateChat(String userId) {
        return Optional.of(visitor(userId));
    }

    @Override
    public boolean sendsOnEveryInstance() {
        return true;
    }
}
