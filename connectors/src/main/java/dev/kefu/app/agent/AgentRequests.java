package dev.kefu.app.agent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies the agent API takes; lengths of text are checked against {@code kefu.chat.max-text-length}. */
final class AgentRequests {

    private AgentRequests() {
    }

    /** A reply to the customer or an internal note. */
    record Text(@NotNull @NotBlank String text) {
    }

    /** {@code ONLINE}, {@code AWAY} or {@code OFFLINE}, in any case. */
    record Presence(@NotNull @Pattern(regexp = "(?i)online|away|offline", message = "must be ONLINE, AWAY or OFFLINE")
                    String presence) {
    }

    /** Exactly one of the two: a colleague's id, or a skill to queue the conversation for. */
    record Transfer(@Size(max = 64) String toAgentId, @Size(max = 64) String skill) {
    }
}
