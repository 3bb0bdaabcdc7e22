package dev.kefu.core.handoff;

/** Whether an agent takes conversations: only an online agent is assigned new ones; an away agent keeps theirs. */
public enum Presence {
    ONLINE, AWAY, OFFLINE
}
