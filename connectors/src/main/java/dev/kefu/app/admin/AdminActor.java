package dev.kefu.app.admin;

import java.security.Principal;

/**
 * Who an admin change is recorded as in the knowledge-base history and the audit log: the desk
 * user who made it ({@code desk:<username>}, as the desk's own saves are), or, for a call with
 * the admin token, {@code kefu.admin.actor}.
 */
final class AdminActor {

    private final String tokenActor;

    AdminActor(String tokenActor) {
        this.tokenActor = tokenActor;
    }

    /** {@code deskUser} is the signed-in desk user, or null for a call with the admin token. */
    String of(Principal deskUser) {
        return deskUser == null ? tokenActor : "desk:" + deskUser.getName();
    }
}
