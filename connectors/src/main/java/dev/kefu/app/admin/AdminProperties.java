package dev.kefu.app.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code kefu.admin.*} settings. {@code token}: the bearer token of the admin API; when unset,
 * a random one is generated at start-up and written to {@code <data-dir>/admin-token}.
 * {@code actor}: the name recorded as "who" in the knowledge-base history. {@code max-body-bytes}:
 * the largest admin request, imports included. {@code unanswered-capacity}: how many recent
 * unanswered questions are kept.
 */
@ConfigurationProperties("kefu.admin")
public record AdminProperties(
        String token,
        @DefaultValue("admin") String actor,
        @DefaultValue("5242880") long maxBodyBytes,
        @DefaultValue("5000") int unansweredCapacity) {
}
