package dev.kefu.app.channel;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kefu.channels.*} shared by every messaging platform: {@code http.*}, how calls to the
 * platforms are retried; {@code abuse.*}, how many flagged messages within a window silence a member
 * of a group, and for how long; {@code max-body-bytes}, the largest delivery taken.
 */
@ConfigurationProperties("kefu.channels")
public record ChannelsProperties(@DefaultValue Http http, @DefaultValue Abuse abuse,
                                 @DefaultValue("262144") long maxBodyBytes) {

    /** Attempts per call, backoff between them (doubling, with jitter), longest 429 wait honoured, time per request. */
    public record Http(@DefaultValue("5") int maxAttempts, @DefaultValue("200ms") Duration initialBackoff,
                       @DefaultValue("10s") Duration maxBackoff, @DefaultValue("60s") Duration maxRetryAfter,
                       @DefaultValue("10s") Duration requestTimeout) {
    }

    /** {@code strikes} flagged messages within {@code window} silence a member for {@code silence}. */
    public record Abuse(@DefaultValue("3") int strikes, @DefaultValue("10m") Duration window,
                        @DefaultValue("30m") Duration silence) {
    }
}
