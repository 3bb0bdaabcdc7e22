package dev.kefu.core.handoff;

/** No agent of that id is configured. */
public final class UnknownAgentException extends RuntimeException {
    public UnknownAgentException(String agentId) {
        super("no agent '" + agentId + "' is configured");
    }
}
