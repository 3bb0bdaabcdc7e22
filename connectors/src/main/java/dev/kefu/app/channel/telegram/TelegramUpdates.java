package dev.kefu.app.channel.telegram;

import dev.kefu.app.channel.Addressing;
import dev.kefu.app.channel.ChannelDispatcher;
import dev.kefu.app.channel.ChannelMessage;
import dev.kefu.app.channel.ChatContext;
import dev.kefu.app.channel.Destination;
import dev.kefu.app.channel.InboundPayloads;
import dev.kefu.core.message.InboundMessage;
import dev.kefu.text.Language;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The inbound half of the Telegram adapter, shared by the webhook and long polling: reads an
 * {@code Update} (text messages in private chats, groups and supergroups; everything else is
 * ignored), finds how it addresses the bot (a {@code mention} or {@code bot_command} entity, or a
 * reply to the bot), strips that from the text, and hands it to the dispatcher. A private
 * {@code /start <token>} resumes a conversation moved out of a group; a bare {@code /start} is greeted.
 */
final class TelegramUpdates {

    private final TelegramClient client;
    private final ChannelDispatcher dispatcher;

    TelegramUpdates(TelegramClient client, ChannelDispatcher dispatcher) {
        this.client = client;
        this.dispatcher = dispatcher;
    }

    void handle(JsonNode update) {
        JsonNode message = update.path("message");
        String text = InboundPayloads.text(message, "text");
        JsonNode from = message.path("from");
        String chatType = InboundPayloads.text(message.path("chat"), "type");
        if (!update.path("update_id").isNumber() || text == null || !from.path("id").isNumber()
                || from.path("is_bot").asBoolean(false) || chatType == null || !message.path("chat").path("id").isNumber()) {
            return;
        }
        boolean group = chatType.equals("group") || chatType.equals("supergroup");
        if (!group && !chatType.equals("private")) {
            return;
        }
        String chatId = Long.toString(message.path("chat").path("id").asLong());
        String threadId = message.path("is_topic_message").asBoolean(false) && message.path("message_thread_id").isNumber()
                ? Long.toString(message.path("message_thread_id").asLong()) : null;
        String senderId = Long.toString(from.path("id").asLong());
        String senderName = Optional.ofNullable(InboundPayloads.text(from, "username")).map(u -> "@" + u)
                .orElse(InboundPayloads.text(from, "first_name"));
        String messageId = Long.toString(message.path("message_id").asLong());
        Addressed addressed = addressed(message, text);
        ChatContext chat = new ChatContext(Destination.chat(chatId, threadId, !group), group, addressed.how(), senderId,
                senderName, messageId, Long.toString(update.path("update_id").asLong()));
        if (!group && "start".equals(addressed.command())) {
            Optional<String> conversation = TelegramClient.conversationOfStart(addressed.text());
            if (conversation.isPresent()) {
                dispatcher.resumePrivately(client, conversation.get(), chat);
            } else {
                dispatcher.greet(client, chat, Language.fromTag(InboundPayloads.text(from, "language_code")));
            }
            return;
        }
        if (addressed.text().isBlank()) {
            return;
        }
        InboundMessage inbound = new InboundMessage(TelegramClient.CHANNEL, senderId, null, addressed.text(),
                chatId + ":" + messageId, Instant.ofEpochSecond(message.path("date").asLong(Instant.now().getEpochSecond())));
        dispatcher.dispatch(client, new ChannelMessage(inbound, chat));
    }

    /** How the message addresses the bot, the command if any, and its text without the command or the bot's mention. */
    private record Addressed(Addressing how, String command, String text) {
    }

    private Addressed addressed(JsonNode message, String text) {
        String bot = "@" + client.botUsername().toLowerCase(Locale.ROOT);
        Addressing how = Addressing.NONE;
        String command = null;
        StringBuilder rest = new StringBuilder(text);
        // entities are in UTF-16 code units, as Java strings are; remove from the end so offsets stay valid
        JsonNode entities = message.path("entities");
        for (int i = entities.size() - 1; i >= 0; i--) {
            JsonNode entity = entities.get(i);
            int offset = entity.path("offset").asInt(-1), length = entity.path("length").asInt(-1);
            if (offset < 0 || length <= 0 || offset + length > text.length()) {
                continue;
            }
            String span = text.substring(offset, offset + length).toLowerCase(Locale.ROOT);
            String type = InboundPayloads.text(entity, "type");
            if ("mention".equals(type) && span.equals(bot)) {
                how = how == Addressing.COMMAND ? how : Addressing.MENTION;
                rest.delete(offset, offset + length);
            } else if ("bot_command".equals(type) && offset == 0) {
                int at = span.indexOf('@');
                if (at < 0 || span.substring(at).equals(bot)) {
                    how = Addressing.COMMAND;
                    command = span.substring(1, at < 0 ? span.length() : at);
                    rest.delete(offset, offset + length);
                }
            }
        }
        JsonNode repliedTo = message.path("reply_to_message").path("from");
        if (how == Addressing.NONE && repliedTo.path("is_bot").asBoolean(false)
                && ("@" + repliedTo.path("username").asString("")).toLowerCase(Locale.ROOT).equals(bot)) {
            how = Addressing.REPLY;
        }
        return new Addressed(how, command, rest.toString().strip());
    }
}
