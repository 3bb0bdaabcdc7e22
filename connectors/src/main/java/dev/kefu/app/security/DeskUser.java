package dev.kefu.app.security;

import java.util.regex.Pattern;

/**
 * A person who signs in to the agent desk. {@code passwordHash} is in Spring Security's
 * {@code {id}hash} form, never the password. An agent's {@code username} is the id of an agent
 * configured under {@code kefu.handoff.agents}, whose languages, skills and capacity route
 * conversations: the roster stays the one place for those.
 */
public record DeskUser(String username, String passwordHash, DeskRole role) {

    static final String USERNAME_PATTERN = "[A-Za-z0-9._-]{1,64}";
    private static final Pattern USERNAME = Pattern.compile(USERNAME_PATTERN);

    public DeskUser {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("a username is 1-64 letters, digits, '.', '_' or '-'");
        }
        if (passwordHash == null || role == null) {
            throw new IllegalArgumentException("a desk user needs a password and a role");
        }
    }
}
