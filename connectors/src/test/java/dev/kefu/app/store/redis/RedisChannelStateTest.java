package dev.kefu.app.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.app.channel.ChannelState;
import dev.kefu.app.channel.ChannelStateContract;
import dev.kefu.app.channel.Destination;
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
}
