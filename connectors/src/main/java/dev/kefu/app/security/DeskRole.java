package dev.kefu.app.security;

import org.springframework.security.core.Authentication;

/** What a desk user may do; each role includes the ones before it (an admin is also a supervisor and an agent). */
public enum DeskRole {
    AGENT, SUPERVISOR, ADMIN;

    /** The Spring Security authority, e.g. {@code ROLE_AGENT}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether the signed-in user has this role or one above it. */
    public boolean heldBy(Authentication user) {
        return user.getAuthorities().stream().anyMatch(a -> {
            for (DeskRole role : values()) {
                if (role.compareTo(this) >= 0 && role.authority().equals(a.getAuthority())) {
                    return true;
                }
            }
            return false;
        });
    }
}
