package dev.kefu.app.channel;

import java.util.Optional;

/**
 * The outbound half of a platform adapter: the little the bot needs to write on it. Splitting long
 * answers, threading and etiquette live elsewhere ({@link ChannelSender}, {@link ChannelDispatcher}),
 * so a platform implements only its markup, its limit and its API calls.
 */
public interface OutboundChannel {

    /** The channel name the engine stores in conversations, e.g. {@code telegram}. */
    String name();

    /** The longest single message the platform takes. */
    TextLimit textLimit();

    /** The bot's text (plain, with Markdown bold and links as the knowledge base writes them) in the platform's markup. */
    String format(String markdown);

    /** Sends one message, already formatted and within the limit; throws when the platform refuses it for good. */
    void send(OutboundMessage message);

    /**
     * Where the bot can write to a member privately now, if it can: a Slack DM opened for them, the
     * Telegram private chat (which needs the member to have started the bot); empty on platforms
     * where a robot cannot start a private chat.
     */
    Optional<Destination> privateChat(String userId);

    /**
     * A link the group notice gives the member to open the private chat with the bot, when the
     * platform has one (Telegram's {@code https://t.me/<bot>?start=<token>}). When there is a link,
     * the private answer waits until the member follows it.
     */
    default Optional<String> privateInvitation(String conversationId) {
        return Optional.empty();
    }

    /**
     * Whether an answer in a group @-mentions the member it answers, on platforms with no threads or
     * replies to show whom it is for (DingTalk); Telegram replies to the message, Slack answers in its thread.
     */
    default boolean mentionsTheMemberItAnswers() {
        return false;
    }

    /**
     * Whether every instance sends each message, rather than the one that claims it first: for a
     * channel whose sends are idempotent and reach only the members connected to the sending instance
     * (the web chat's live sockets); a platform's API is called once per message.
     */
    default boolean sendsOnEveryInstance() {
        return false;
    }
}
