package dev.kefu.core.handoff;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer's request to be contacted, left when no agent took the conversation in time.
 * {@code contact} is personal data (a phone number or an e-mail address): it is kept apart from
 * the conversation's events (which only say that a {@code kind} of contact was left), shown to
 * agents only, and deleted at {@code expiresAt} or when the conversation is resolved.
 */
public record CallbackRequest(String conversationId, String kind, String contact, String language,
                              Instant requestedAt, Instant expiresAt) {

    public CallbackRequest {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
