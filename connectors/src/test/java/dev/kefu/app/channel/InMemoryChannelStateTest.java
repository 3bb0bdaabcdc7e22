package dev.kefu.app.channel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InMemoryChannelStateTest extends ChannelStateContract {

    @Override
    protected ChannelState state() {
        return new InMemoryChannelState(1_000);
    }

    @Test
    void keepsOnlyTheMostRecentEntries() {
        ChannelState state = new InMemoryChannelState(2);
        state.claim("a");
        state.claim("b");
        state.claim("c");
        assertThat(state.claim("a")).as("the oldest claim was dropped").isTrue();
        assertThat(state.claim("c")).isFalse();
    }
}
