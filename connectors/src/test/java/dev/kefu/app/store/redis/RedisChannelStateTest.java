package dev.kefu.app.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.app.channel.ChannelState;
import dev.kefu.app.channel.ChannelStateContract;
import dev.kefu.app.channel.ChannelState.SendClaim;
import dev.kefu.app.channel.Destination;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisChannelStateTest extends ChannelStateContract {

    @RegisterExtension
    static final RedisServer server = RedisServer.withoutPersistence();

    @Override
    protected ChannelState state() {
        return new RedisChannelState(server.redis());
    }

    @Test
    void instancesShareRoutesAndClaims() {
        try (SharedRedis otherInstance = server.connect()) {
            ChannelState mine = state();
            ChannelState theirs = new RedisChannelState(otherInstance);
            mine.route("c-9", "slack", Destination.chat("C0GENERAL", "1515449522.000016", false));
            assertThat(theirs.route("c-9")).contains(new ChannelState.Route("slack",
                    Destination.chat("C0GENERAL", "1515449522.000016", false)));
            assertThat(mine.claim("sent:slack:agent:c-9:4:1")).isTrue();
            assertThat(theirs.claim("sent:slack:agent:c-9:4:1")).isFalse();
            long ttl = server.redis().call(c -> c.pttl("kefu:channel-claim:sent:slack:agent:c-9:4:1"));
            assertThat(ttl).isPositive();
        }
    }

    @Test
    void aSendClaimOfASenderThatDiedRunsOutAndASentOneLastsADay() throws InterruptedException {
        try (SharedRedis otherInstance = server.connect()) {
            ChannelState died = new RedisChannelState(otherInstance);
            String key = "sent:telegram:agent:c-7:3:1";
            assertThat(died.claimSend(key, Duration.ofMillis(300))).isEqualTo(SendClaim.CLAIMED);
            ChannelState next = state();
            assertThat(next.claimSend(key, Duration.ofMinutes(1))).isEqualTo(SendClaim.IN_FLIGHT);
            Thread.sleep(600);
            assertThat(next.claimSend(key, Duration.ofMinutes(1))).isEqualTo(SendClaim.CLAIMED);
            next.sent(key);
            assertThat(died.claimSend(key, Duration.ofMinutes(1))).isEqualTo(SendClaim.SENT);
            long ttl = server.redis().call(c -> c.pttl("kefu:channel-claim:" + key));
            assertThat(ttl).isGreaterThan(Duration.ofHours(23).toMillis());
        }
    }

    @Test
    void aSendClaimedBeforeLeasesCountsAsSent() {
        server.redis().call(c -> c.set("kefu:channel-claim:sent:slack:agent:c-8:2:1", "1"));
        assertThat(state().claimSend("sent:slack:agent:c-8:2:1", Duration.ofMinutes(1))).isEqualTo(SendClaim.SENT);
    }
}
