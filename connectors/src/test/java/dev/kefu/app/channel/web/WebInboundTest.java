package dev.kefu.app.channel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.app.channel.ChannelMessage;
import dev.kefu.app.channel.ChannelState;
import dev.kefu.app.channel.Destination;
import dev.kefu.app.channel.InMemoryChannelState;
import dev.kefu.app.web.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The web chat's inbound adapter: what a visitor sends over HTTP and the live socket, read or refused clearly. */
class WebInboundTest {

    private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
    private static final int LIMIT = 32;

    private final ChannelState state = new InMemoryChannelState(100);
    private final WebInbound inbound = new WebInbound(state, LIMIT, Clock.fixed(NOW, ZoneOffset.UTC));

    @ParameterizedTest
    @CsvSource({
        "zh-Hans, w-1, ,        怎么退货？",
        "zh-Hant, w-2, c-42,    請問運費多少",
        "en,      w-3, c-43,    how do I return an order?",
    })
    void aChatMessageIsAPrivateMessageOfTheWebChannelFromTheVisitorsChat(String language, String user, String conversation,
                                                                       String text) {
        ChannelMessage message = inbound.message(new ChatRequest(conversation, user, text));

        assertThat(message.message().channel()).as(language).isEqualTo("web");
        assertThat(message.message().userId()).isEqualTo(user);
        assertThat(message.message().conversationId()).isEqualTo(conversation);
        assertThat(message.message().text()).isEqualTo(text);
        assertThat(message.message().receivedAt()).isEqualTo(NOW);
        assertThat(message.chat().group()).isFalse();
        assertThat(message.chat().senderId()).isEqualTo(user);
        assertThat(message.chat().replyTo()).isEqualTo(Destination.chat(user, null, true));
        assertThat(message.chat().deliveryId()).isNotEqualTo(inbound.message(new ChatRequest(conversation, user, text))
                .chat().deliveryId());
    }

    @ParameterizedTest
    @CsvSource({"zh-Hans, 退", "zh-Hant, 貨", "en, x"})
    void aMessageOverTheLimitIsRefusedNamingTheLimit(String language, String character) {
        assertThat(inbound.message(new ChatRequest(null, "w-1", character.repeat(LIMIT))).message().text()).as(language)
                .hasSize(LIMIT);

        assertThatThrownBy(() -> inbound.message(new ChatRequest(null, "w-1", character.repeat(LIMIT + 1))))
                .isInstanceOf(InvalidInputException.class).hasMessage("text: must be at most 32 characters");
    }

    @Test
    void readsTheLiveProtocolsMessages() {
        assertThat(inbound.live("{\"type\":\"hello\",\"token\":\"abc.def\"}"))
                .isEqualTo(new LiveRequest("hello", "abc.def", null, 0, false));
        assertThat(inbound.live("{\"type\":\"watch\",\"conversationId\":\"c-1\",\"after\":7}"))
                .isEqualTo(new LiveRequest("watch", null, "c-1", 7, false));
        assertThat(inbound.live("{\"type\":\"typing\",\"typing\":true}")).isEqualTo(new LiveRequest("typing", null, null, 0, true));
        assertThat(inbound.live("{\"type\":\"watch\",\"conversationId\":null,\"after\":null}"))
                .isEqualTo(new LiveRequest("watch", null, null, 0, false));
        assertThat(inbound.live("{}").type()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "this is not JSON                                       | message: must be a JSON object",
        "[\"hello\"]                                            | message: must be a JSON object",
        "''                                                     | message: must be a JSON object",
        "{\"type\":7}                                           | type: must be a string",
        "{\"type\":\"hello\",\"token\":{\"forged\":true}}       | token: must be a string",
        "{\"type\":\"watch\",\"conversationId\":[\"c-1\"]}      | conversationId: must be a string",
        "{\"type\":\"watch\",\"conversationId\":\"c\",\"after\":-1}   | after: must be a whole number, 0 or more",
        "{\"type\":\"watch\",\"conversationId\":\"c\",\"after\":1.5}  | after: must be a whole number, 0 or more",
        "{\"type\":\"watch\",\"conversationId\":\"c\",\"after\":\"3\"} | after: must be a whole number, 0 or more",
        "{\"type\":\"watch\",\"conversationId\":\"c\",\"after\":99999999999999999999} | after: must be a whole number, 0 or more",
        "{\"type\":\"typing\",\"typing\":\"yes\"}               | typing: must be true or false",
    })
    void refusesMalformedLiveMessagesNamingTheField(String payload, String error) {
        assertThatThrownBy(() -> inbound.live(payload)).isInstanceOf(InvalidInputException.class).hasMessage(error);
    }

    @Test
    void aVisitorWhoWatchesAConversationIsWhereItsRepliesGo() {
        inbound.watching("w-9", "c-9");

        assertThat(state.route("c-9")).hasValue(new ChannelState.Route("web", Destination.chat("w-9", null, true)));
    }
}
