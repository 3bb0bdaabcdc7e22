package dev.kefu.app.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.app.channel.ChannelState.SendClaim;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link ChannelState} does; extended by the in-memory and the Redis implementation. */
public abstract class ChannelStateContract {

    protected abstract ChannelState state();

    @Test
    void remembersTheLatestRouteOfAConversationAndForgetsIt() {
        ChannelState state = state();
        assertThat(state.route("c-1")).isEmpty();
        state.route("c-1", "telegram", Destination.chat("-1001", "7", false));
        Destination dingTalk = new Destination("cidGROUP1", null, true, "https://oapi.dingtalk.com/robot/sendBySession?session=1",
                Instant.parse("2026-11-27T01:00:00Z"));
        state.route("c-1", "dingtalk", dingTalk);
        assertThat(state.route("c-1")).contains(new ChannelState.Route("dingtalk", dingTalk));
        state.route("c-1", "telegram", Destination.chat("42", null, true));
        assertThat(state.route("c-1")).contains(new ChannelState.Route("telegram", Destination.chat("42", null, true)));
        assertThat(state.route("c-2")).isEmpty();
        state.forgetRoute("c-1");
        assertThat(state.route("c-1")).isEmpty();
    }

    @Test
    void grantsAClaimOnceUntilItIsReleased() {
        ChannelState state = state();
        assertThat(state.claim("in:slack:Ev1")).isTrue();
        assertThat(state.claim("in:slack:Ev1")).isFalse();
        assertThat(state.claim("in:slack:Ev2")).isTrue();
        state.release("in:slack:Ev1");
        assertThat(state.claim("in:slack:Ev1")).isTrue();
    }

    @Test
    void aSendIsInFlightWhileClaimedAndSentOnceMarked() {
        ChannelState state = state();
        String key = "sent:telegram:agent:c-1:5:1";
        assertThat(state.claimSend(key, Duration.ofMinutes(1))).isEqualTo(SendClaim.CLAIMED);
        assertThat(state.claimSend(key, Duration.ofMinutes(1))).isEqualTo(SendClaim.IN_FLIGHT);
        state.sent(key);
        assertThat(state.claimSend(key, Duration.ofMinutes(1))).isEqualTo(SendClaim.SENT);
        String failed = "sent:telegram:agent:c-1:6:1";
        assertThat(state.claimSend(failed, Duration.ofMinutes(1))).isEqualTo(SendClaim.CLAIMED);
        state.release(failed);
        assertThat(state.claimSend(failed, Duration.ofMinutes(1))).isEqualTo(SendClaim.CLAIMED);
    }
}
