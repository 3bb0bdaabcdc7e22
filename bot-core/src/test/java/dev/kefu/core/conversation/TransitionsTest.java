package dev.kefu.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransitionsTest {

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
        "BOT,HAND_OFF,QUEUED", "BOT,RESOLVE,RESOLVED",
        "QUEUED,ASSIGN,AGENT", "QUEUED,RETURN_TO_BOT,BOT", "QUEUED,RESOLVE,RESOLVED",
        "AGENT,TRANSFER,QUEUED", "AGENT,RETURN_TO_BOT,BOT", "AGENT,RESOLVE,RESOLVED",
    })
    void allows(ConversationState from, ConversationCommand command, ConversationState to) {
        assertThat(Transitions.next(from, command)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} --{1}--> refused")
    @CsvSource({
        "BOT,ASSIGN", "BOT,TRANSFER", "BOT,RETURN_TO_BOT", "QUEUED,HAND_OFF", "AGENT,ASSIGN",
        "RESOLVED,HAND_OFF", "RESOLVED,ASSIGN", "RESOLVED,RETURN_TO_BOT", "RESOLVED,RESOLVE",
    })
    void refuses(ConversationState from, ConversationCommand command) {
        assertThatThrownBy(() -> Transitions.next(from, command))
                .isInstanceOf(Transitions.IllegalTransitionException.class)
                .hasMessageContaining(from.name());
    }
}
