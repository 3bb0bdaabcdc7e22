package dev.kefu.app.store.redis;

import dev.kefu.core.audit.AuditEntry;
import dev.kefu.core.audit.AuditLog;
import dev.kefu.core.audit.AuditQuery;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.StreamMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log of every instance on one Redis, in Streams: {@code <prefix>audit} holds every entry,
 * and {@code <prefix>audit:conversation:<id>} and {@code <prefix>audit:actor:<actor>} the same
 * entries by conversation and by actor, so a listing reads only its own. Each Stream keeps about
 * the newest {@code maxEntries}. Build it with {@link #builder()}.
 */
public final class RedisAuditLog implements AuditLog {

    private static final RedisScript APPEND = RedisScript.load("audit-append.lua");
    private static final int PAGE = 200;

    private final SharedRedis redis;
    private final String maxEntries;
    private final ObjectMapper json = JsonMapper.builder().build();

    private RedisAuditLog(Builder builder) {
        this.redis = builder.redis;
        this.maxEntries = Long.toString(builder.maxEntries);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void append(AuditEntry entry) {
        List<String> keys = new ArrayList<>(List.of(redis.key("audit"), redis.key("audit", "actor", entry.actor())));
        if (entry.conversationId() != null) {
            keys.add(redis.key("audit", "conversation", entry.conversationId()));
        }
        redis.run(APPEND, ScriptOutputType.VALUE, keys.toArray(String[]::new), maxEntries, json.writeValueAsString(entry));
    }

    /** Reads the narrowest Stream newest first, a page at a time, until the limit is reached. */
    @Override
    public List<AuditEntry> list(AuditQuery query) {
        String key = query.conversationId() != null ? redis.key("audit", "conversation", query.conversationId())
                : query.actor() != null ? redis.key("audit", "actor", query.actor()) : redis.key("audit");
        List<AuditEntry> found = new ArrayList<>();
        Range<String> range = Range.unbounded();
        while (found.size() < query.limit()) {
            Range<String> page = range;
            List<StreamMessage<String, String>> messages = redis.call(c -> c.xrevrange(key, page, Limit.from(PAGE)));
            for (StreamMessage<String, String> message : messages) {
                AuditEntry entry = json.readValue(message.getBody().get("entry"), AuditEntry.class);
                if (query.matches(entry) && found.size() < query.limit()) {
                    found.add(entry);
                }
            }
            if (messages.size() < PAGE) {
                break;
            }
            range = Range.from(Range.Boundary.unbounded(), Range.Boundary.excluding(messages.get(messages.size() - 1).getId()));
        }
        return found;
    }

    /** Leaves the shared connection open: its owner closes it. */
    @Override
    public void close() {
    }

    /** Configures a {@link RedisAuditLog}: the connection, and about how many entries each Stream keeps. */
    public static final class Builder {
        private SharedRedis redis;
        private long maxEntries = 1_000_000;

        private Builder() {
        }

        public Builder redis(SharedRedis redis) { this.redis = redis; return this; }
        /** About how many of the newest entries each Stream keeps (trimmed with {@code MAXLEN ~}). */
        public Builder maxEntries(long maxEntries) { this.maxEntries = maxEntries; return this; }

        public RedisAuditLog build() {
            Objects.requireNonNull(redis, "redis");
            if (maxEntries < 1) {
                throw new IllegalArgumentException("maxEntries must be at least 1");
            }
            return new RedisAuditLog(this);
        }
    }
}
