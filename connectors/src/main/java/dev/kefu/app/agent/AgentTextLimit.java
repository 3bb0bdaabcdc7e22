package dev.kefu.app.agent;

/** The longest message or note an agent may write, in characters. */
record AgentTextLimit(int maxLength) {
}
