package dev.kefu.app.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.app.channel.http.PlatformCallException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sending once per message id: a redelivery is not sent again, and a send held elsewhere is tried again later. */
class ChannelSenderTest {

    /** A platform that records what it was given, and refuses while {@code failing}. */
    private static final class RecordingChannel implements OutboundChannel {
        final List<OutboundMessage> sent = new ArrayList<>();
        boolean failing;

        @Override
        public String name() {
            return "test";
        }

        @Override
        public TextLimit textLimit() {
            return TextLimit.characters(4096);
        }

        @Override
        public String format(String markdown) {
            return markdown;
        }

        @Override
        public void send(OutboundMessage message) {
            if (failing) {
                throw new PlatformCallException("test send failed, last HTTP 503", 503, false);
            }
            sent.add(message);
        }

        @Override
        public Optional<Destination> privateChat(String userId) {
            return Optional.empty();
        }
    }

    private final InMemoryChannelState state = new InMemoryChannelState(100);
    private final RecordingChannel channel = new RecordingChannel();
    private final ChannelSender sender = new ChannelSender(state);
    private final Destination chat = Destination.chat("42", null, true);

    @ParameterizedTest
    @ValueSource(strings = {"您好，已为您查询到订单。", "您好，已為您查詢到訂單。", "Hello, I found your order."})
    void sendsAMessageOnceHoweverOftenItIsHandedOver(String text) {
        sender.send(channel, "agent:c-1:4", chat, text, null, List.of());
        sender.send(channel, "agent:c-1:4", chat, text, null, List.of());
        assertThat(channel.sent).extracting(OutboundMessage::text).containsExactly(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"您好，已为您查询到订单。", "您好，已為您查詢到訂單。", "Hello, I found your order."})
    void aMessageWhoseSendIsHeldElsewhereIsRefusedForNowAndSentOnceTheClaimIsGiven(String text) {
        String key = "sent:test:agent:c-1:5:1";
        assertThat(state.claimSend(key, Duration.ofMinutes(1))).isEqualTo(ChannelState.SendClaim.CLAIMED);
        assertThatThrownBy(() -> sender.send(channel, "agent:c-1:5", chat, text, null, List.of()))
                .isInstanceOf(PlatformCallException.class).hasMessageContaining("being sent elsewhere")
                .satisfies(e -> assertThat(((PlatformCallException) e).permanent()).isFalse());
        assertThat(channel.sent).isEmpty();
        state.release(key);
        sender.send(channel, "agent:c-1:5", chat, text, null, List.of());
        assertThat(channel.sent).extracting(OutboundMessage::text).containsExactly(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"您好，已为您查询到订单。", "您好，已為您查詢到訂單。", "Hello, I found your order."})
    void aFailedSendGivesItsClaimBackSoTheNextTrySends(String text) {
        channel.failing = true;
        assertThatThrownBy(() -> sender.send(channel, "agent:c-1:6", chat, text, null, List.of()))
                .isInstanceOf(PlatformCallException.class);
        channel.failing = false;
        sender.send(channel, "agent:c-1:6", chat, text, null, List.of());
        assertThat(channel.sent).extracting(OutboundMessage::text).containsExactly(text);
    }
}
