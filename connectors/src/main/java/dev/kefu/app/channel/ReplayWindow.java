package dev.kefu.app.channel;

import java.time.Clock;
import java.time.Duration;

/**
 * The checks every signed platform delivery starts with, before its signature: a secret is
 * configured, and the delivery's timestamp header is a number (seconds or milliseconds since the
 * epoch, as the platform writes it) within the platform's window of now, so that a captured
 * delivery cannot be replayed later. Each failure is a {@link ForgedDeliveryException} naming the
 * platform and the header.
 */
public final class ReplayWindow {

    private final String platform;
    private final String header;
    private final Duration window;
    private final boolean millis;
    private final Clock clock;

    private ReplayWindow(String platform, String header, Duration window, boolean millis, Clock clock) {
        this.platform = platform;
        this.header = header;
        this.window = window;
        this.millis = millis;
        this.clock = clock;
    }

    /** A window for a timestamp in seconds since the epoch. */
    public static ReplayWindow seconds(String platform, String header, Duration window, Clock clock) {
        return new ReplayWindow(platform, header, window, false, clock);
    }

    /** A window for a timestamp in milliseconds since the epoch. */
    public static ReplayWindow millis(String platform, String header, Duration window, Clock clock) {
        return new ReplayWindow(platform, header, window, true, clock);
    }

    /** Throws unless {@code secret} (what the platform calls it: {@code what}) is configured. */
    public void requireSecret(String secret, String what) {
        if (secret == null || secret.isEmpty()) {
            throw new ForgedDeliveryException(platform + ": no " + what + " is configured");
        }
    }

    /** The timestamp as the platform wrote it, once it is a number within the window of now. */
    public long check(String timestamp) {
        long value;
        try {
            value = Long.parseLong(timestamp == null ? "" : timestamp.trim());
        } catch (NumberFormatException e) {
            throw new ForgedDeliveryException(platform + ": missing or malformed " + header);
        }
        long now = millis ? clock.millis() : clock.instant().getEpochSecond();
        long limit = millis ? window.toMillis() : window.toSeconds();
        if (Math.abs(now - value) > limit) {
            throw new ForgedDeliveryException(platform + ": " + header + " outside the window of " + window);
        }
        return value;
    }
}
