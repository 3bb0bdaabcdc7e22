package dev.kefu.app.security;

/** What a desk user may do; each role includes the ones before it (an admin is also a supervisor and an agent). */
public enum DeskRole {
    AGENT, SUPERVISOR, ADMIN;

    /** The Spring Security authority, e.g. {@code ROLE_AGENT}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
