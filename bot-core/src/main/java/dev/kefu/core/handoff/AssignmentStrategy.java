package dev.kefu.core.handoff;

/** How the dispatcher picks among the agents who can take a conversation. */
public enum AssignmentStrategy {
    /** The agent whose last assignment is oldest (never assigned first): turns go round. */
    ROUND_ROBIN,
    /** The agent with the fewest conversations, then the one whose last assignment is oldest. */
    LEAST_LOADED
}
