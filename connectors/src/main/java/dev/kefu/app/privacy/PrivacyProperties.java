package dev.kefu.app.privacy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code kefu.privacy.*} settings. {@code retention}: how long a conversation is kept after its
 * last event before it is deleted with all its events (default 90 days); {@code sweep-interval}:
 * how often the embedded store looks for such conversations (Redis expires them by itself, and is
 * swept too to clear its indexes).
 */
@ConfigurationProperties("kefu.privacy")
public record PrivacyProperties(@DefaultValue("90d") Duration retention, @DefaultValue("1h") Duration sweepInterval) {

    public PrivacyProperties {
        if (retention.isNegative() || retention.isZero() || sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new IllegalArgumentException("kefu.privacy.retention and kefu.privacy.sweep-interval must be positive");
        }
    }
}
