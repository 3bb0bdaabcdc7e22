package dev.kefu.app.channel;

import dev.kefu.app.channel.etiquette.EtiquetteMessages;
import dev.kefu.app.channel.etiquette.GroupEtiquette;
import dev.kefu.app.channel.etiquette.Screening;
import dev.kefu.app.channel.http.PlatformCallException;
import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.engine.Engine;
import dev.kefu.core.message.Reply;
import dev.kefu.core.message.TurnResult;
import dev.kefu.core.policy.BotMessages;
import dev.kefu.core.privacy.PiiRedactor;
import dev.kefu.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes what an inbound adapter read from a platform through the group etiquette and the engine,
 * and writes the outcome back through the platform's {@link OutboundChannel}: an answer where it was
 * asked, a notice and a private chat for personal data and complaints, an alert to moderators for
 * abuse, or nothing. Each platform delivery is processed once; a delivery whose processing fails is
 * given back, so that the platform's redelivery is processed and nothing is lost.
 */
public final class ChannelDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ChannelDispatcher.class);

    private final Engine engine;
    private final GroupEtiquette etiquette;
    private final EtiquetteMessages messages;
    private final PiiRedactor redactor;
    private final ChannelState state;
    private final ChannelSender sender;
    private final BotMessages botMessages;

    public ChannelDispatcher(Engine engine, GroupEtiquette etiquette, EtiquetteMessages messages, BotMessages botMessages,
                             PiiRedactor redactor, ChannelState state) {
        this.engine = engine;
        this.etiquette = etiquette;
        this.messages = messages;
        this.botMessages = botMessages;
        this.redactor = redactor;
        this.state = state;
        this.sender = new ChannelSender(state);
    }

    /** Processes one message of a platform, once per delivery id. */
    public void dispatch(OutboundChannel channel, ChannelMessage message) {
        once(channel, message.chat(), () -> handle(channel, message));
    }

    /**
     * Processes one message of a private chat whose answer is the response to the request that
     * brought it (the web chat's HTTP API): the engine's turn is returned, not sent, and the
     * conversation is routed to the sender's chat, so that agents' replies reach it through the
     * channel. Nothing is redelivered here, so nothing is de-duplicated: a retry is a new message.
     */
    public TurnResult answerInResponse(OutboundChannel channel, ChannelMessage message) {
        TurnResult result = engine.handle(message.message());
        state.route(result.conversationId(), channel.name(), message.chat().replyTo());
        return result;
    }

    /**
     * The member opened the private chat a group notice invited them to (Telegram's {@code /start
     * <token>}): the conversation is answered there from now on, and what the bot and agents said
     * since the member's last message is sent there. Only the member whose conversation it is can
     * take it; anyone else is ignored.
     */
    public void resumePrivately(OutboundChannel channel, String conversationId, ChatContext chat) {
        once(channel, chat, () -> {
            Optional<Conversation> conversation = engine.store().find(conversationId)
                    .filter(c -> c.channel().equals(channel.name()) && c.userId().equals(chat.senderId()));
            if (conversation.isEmpty()) {
                log.info("{}: a private chat was opened with a token that is not the sender's", channel.name());
                return;
            }
            state.route(conversationId, channel.name(), chat.replyTo());
            String pending = sinceLastCustomerMessage(conversation.get());
            if (!pending.isBlank()) {
                sender.send(channel, "resume:" + chat.deliveryId(), chat.replyTo(), pending, null, List.of());
            }
        });
    }

    /**
     * A member opened the private chat without a question (Telegram's bare {@code /start}): the bot
     * greets them in the language their client reports, without taking a turn.
     */
    public void greet(OutboundChannel channel, ChatContext chat, Language language) {
        once(channel, chat, () -> sender.send(channel, "greet:" + chat.deliveryId(), chat.replyTo(),
                botMessages.get(BotMessages.Key.GREET, language == Language.UNDETERMINED ? Language.EN : language),
                null, List.of()));
    }

    private void once(OutboundChannel channel, ChatContext chat, Runnable processing) {
        String key = "in:" + channel.name() + ":" + chat.deliveryId();
        if (!state.claim(key)) {
            log.debug("{}: delivery {} already processed", channel.name(), chat.deliveryId());
            return;
        }
        try {
            processing.run();
        } catch (PlatformCallException e) {
            if (!e.permanent()) {
                state.release(key);
                throw e;
            }
            // the platform refused the answer for good (a blocked bot, a deleted chat): a redelivery would not help
            log.error("{}: the answer to delivery {} was not delivered: {}", channel.name(), chat.deliveryId(), e.getMessage());
        } catch (RuntimeException e) {
            state.release(key);
            throw e;
        }
    }

    private void handle(OutboundChannel channel, ChannelMessage message) {
        Screening screening = etiquette.screen(channel.name(), message);
        switch (screening.action()) {
            case IGNORE -> { }
            case FLAG -> flag(channel, message, screening);
            case PRIVATE -> moveToPrivate(channel, message, engine.handle(message.message()));
            case ANSWER -> {
                TurnResult result = engine.handle(message.message());
                if (message.chat().group() && (etiquette.movesToPrivate(result) || answeredPrivately(result.conversationId()))) {
                    moveToPrivate(channel, message, result);
                } else {
                    answer(channel, message, result);
                }
            }
        }
    }

    /** A conversation that moved to a private chat stays there: what follows a complaint is not for the group either. */
    private boolean answeredPrivately(String conversationId) {
        return state.route(conversationId).map(r -> r.destination().privateChat()).orElse(false);
    }

    private void answer(OutboundChannel channel, ChannelMessage message, TurnResult result) {
        ChatContext chat = message.chat();
        state.route(result.conversationId(), channel.name(), chat.replyTo());
        String text = text(result);
        if (!text.isBlank()) {
            List<String> mentions = chat.group() && channel.mentionsTheMemberItAnswers() ? List.of(chat.senderId()) : List.of();
            sender.send(channel, "reply:" + chat.deliveryId(), chat.replyTo(), text, chat.messageId(), mentions);
        }
    }

    private void moveToPrivate(OutboundChannel channel, ChannelMessage message, TurnResult result) {
        ChatContext chat = message.chat();
        Optional<String> link = channel.privateInvitation(result.conversationId());
        Optional<Destination> privateChat = channel.privateChat(chat.senderId());
        boolean answerNow = link.isEmpty() && privateChat.isPresent();
        Language language = Language.fromTag(result.analysis().language());
        String notice = messages.movedToPrivate(language == Language.UNDETERMINED ? Language.EN : language,
                link.orElse(null), answerNow);
        if (privateChat.isPresent()) {
            state.route(result.conversationId(), channel.name(), privateChat.get());
        } else {
            state.forgetRoute(result.conversationId());
        }
        sender.send(channel, "notice:" + chat.deliveryId(), chat.replyTo(), notice, chat.messageId(), List.of(chat.senderId()));
        if (answerNow) {
            sender.send(channel, "private:" + chat.deliveryId(), privateChat.get(), text(result), null, List.of());
        }
    }

    private void flag(OutboundChannel channel, ChannelMessage message, Screening screening) {
        ChatContext chat = message.chat();
        List<String> moderators = etiquette.rules(chat.replyTo().chatId()).moderators();
        if (moderators.isEmpty()) {
            log.warn("{}: a message in group {} was flagged as {} ({}), but the group has no moderators configured",
                    channel.name(), chat.replyTo().chatId(), screening.moderation().category(), screening.moderation().severity());
            return;
        }
        String alert = messages.moderatorAlert(screening.language(), chat.replyTo().chatId(),
                chat.senderName() == null ? chat.senderId() : chat.senderName() + " (" + chat.senderId() + ")",
                screening.moderation(), redactor.redact(message.message().text()).text(),
                screening.silencesSender() ? etiquette.silence() : null);
        List<String> unreachable = new ArrayList<>();
        for (String moderator : moderators) {
            Optional<Destination> privateChat = channel.privateChat(moderator);
            if (privateChat.isPresent()) {
                sender.send(channel, "flag:" + chat.deliveryId() + ":" + moderator, privateChat.get(), alert, null, List.of());
            } else {
                unreachable.add(moderator);
            }
        }
        if (!unreachable.isEmpty()) {
            // platforms where a robot cannot write privately: the alert goes to the group, @-mentioning the moderators
            sender.send(channel, "flag:" + chat.deliveryId(), chat.replyTo(), alert, null, unreachable);
        }
    }

    /** The engine's replies as one text: each reply, and the choices it offers as a list. */
    private static String text(TurnResult result) {
        return result.replies().stream().map(ChannelDispatcher::text).collect(Collectors.joining("\n\n"));
    }

    private static String text(Reply reply) {
        if (reply.suggestions().isEmpty()) {
            return reply.text();
        }
        return reply.text() + reply.suggestions().stream().map(s -> "\n• " + s).collect(Collectors.joining());
    }

    private static String sinceLastCustomerMessage(Conversation conversation) {
        List<Conversation.TranscriptLine> lines = conversation.transcript();
        int start = 0;
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).kind() == EventKind.CUSTOMER_MESSAGE) {
                start = i + 1;
                break;
            }
        }
        return lines.subList(start, lines.size()).stream()
                .filter(l -> l.kind() == EventKind.BOT_REPLY || l.kind() == EventKind.AGENT_MESSAGE)
                .map(Conversation.TranscriptLine::text)
                .collect(Collectors.joining("\n\n"));
    }
}
