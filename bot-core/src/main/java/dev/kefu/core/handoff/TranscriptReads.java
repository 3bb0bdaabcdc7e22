package dev.kefu.core.handoff;

import java.time.Instant;

/**
 * Told each time an agent opens a conversation's transcript, before it is shown: the one place
 * where an audit log of who read which conversation records it. What it throws stops the read.
 */
@FunctionalInterface
public interface TranscriptReads {

    /** Records nothing. */
    TranscriptReads NONE = (agentId, conversationId, at) -> { };

    void read(String agentId, String conversationId, Instant at);
}
