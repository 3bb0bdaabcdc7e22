package dev.kefu.app.store.redis;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.store.AppendConflictException;
import dev.kefu.core.store.Continuation;
import dev.kefu.core.store.ConversationStore;
import io.lettuce.core.Range;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversations in Redis, shared by every instance: per conversation a Stream of its events and a
 * hash with its folded snapshot, and sorted sets that index conversations by state and by user.
 * An append is one Lua script that stores the turn only if the conversation is still at the
 * sequence the caller read, so two instances appending at once stay in order and exactly once.
 * How much survives a crash of Redis is its persistence's choice (AOF {@code appendfsync}). A
 * conversation's keys expire after the retention, counted from its last append. The same script
 * announces each event, by reference only, on the outbox stream {@code <prefix>work} that
 * {@link RedisWorkFeed} reads, trimmed to about {@code outboxLength} entries.
 */
public final class RedisConversationStore implements ConversationStore {

    private static final RedisScript APPEND = RedisScript.load("append.lua");
    private static final RedisScript IN_STATE = RedisScript.load("in-state.lua");
    private static final RedisScript DELETE = RedisScript.load("delete.lua");
    /** How long a conversation is kept after its last event when nobody says otherwise. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(90);
    /** About how many references the outbox keeps when nobody says otherwise: the oldest go first. */
    public static final long DEFAULT_OUTBOX_LENGTH = 100_000;
    private static final String[] NO_KEYS = {};

    private final SharedRedis redis;
    private final String retentionMillis;
    private final String outboxLength;
    private final ObjectMapper json = JsonMapper.builder().build();

    /** A store that keeps conversations for {@link #DEFAULT_RETENTION} after their last event. */
    public RedisConversationStore(SharedRedis redis) {
        this(redis, DEFAULT_RETENTION);
    }

    /** A store whose conversations expire {@code retention} after their last event (Redis {@code PEXPIRE}, renewed on each append). */
    public RedisConversationStore(SharedRedis redis, Duration retention) {
        this(redis, retention, DEFAULT_OUTBOX_LENGTH);
    }

    /** The same, with an outbox trimmed to about {@code outboxLength} entries ({@code XADD MAXLEN ~}). */
    public RedisConversationStore(SharedRedis redis, Duration retention, long outboxLength) {
        if (retention.toMillis() < 1) {
            throw new IllegalArgumentException("the retention must be at least 1 ms");
        }
        if (outboxLength < 1) {
            throw new IllegalArgumentException("the outbox must keep at least 1 entry");
        }
        this.redis = redis;
        this.retentionMillis = Long.toString(retention.toMillis());
        this.outboxLength = Long.toString(outboxLength);
    }

    @Override
    public void append(List<ConversationEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Continuation> continuations = Continuation.of(batch, this::find);
        List<String> args = new ArrayList<>(List.of(redis.keyPrefix(), retentionMillis, outboxLength,
                Integer.toString(continuations.size())));
        for (Continuation continuation : continuations) {
            Conversation after = continuation.after();
            args.addAll(List.of(after.id(), Long.toString(continuation.expectedSequence()), after.channel(),
                    after.userId(), after.state().name(), Long.toString(after.updatedAt().toEpochMilli()),
                    json.writeValueAsString(after), Long.toString(after.lastSequence()),
                    Integer.toString(continuation.events().size())));
            for (ConversationEvent event : continuation.events()) {
                args.add(Long.toString(event.sequence()));
                args.add(event.kind().name());
                args.add(json.writeValueAsString(event));
            }
        }
        String outcome = redis.run(APPEND, ScriptOutputType.VALUE, NO_KEYS, args.toArray(String[]::new));
        if (!"ok".equals(outcome)) {
            throw new AppendConflictException(outcome);
        }
    }

    @Override
    public Optional<Conversation> find(String conversationId) {
        String snapshot = redis.call(c -> c.hget(redis.key("conversation", conversationId), "snapshot"));
        return Optional.ofNullable(snapshot).map(this::conversation);
    }

    @Override
    public Optional<Conversation> findOpen(String channel, String userId) {
        List<String> latest = redis.call(c -> c.zrevrange(redis.key("user", channel, userId), 0, 0));
        return latest.stream().findFirst().flatMap(this::find).filter(c -> c.state() != ConversationState.RESOLVED);
    }

    @Override
    public List<ConversationEvent> events(String conversationId) {
        return redis.call(c -> c.xrange(redis.key("conversation", conversationId, "events"), Range.unbounded()))
                .stream().map(entry -> json.readValue(entry.getBody().get("event"), ConversationEvent.class)).toList();
    }

    @Override
    public Optional<ConversationEvent> event(String conversationId, long sequence) {
        String id = "0-" + sequence;
        return redis.call(c -> c.xrange(redis.key("conversation", conversationId, "events"), Range.create(id, id)))
                .stream().findFirst().map(entry -> json.readValue(entry.getBody().get("event"), ConversationEvent.class));
    }

    @Override
    public List<Conversation> inState(ConversationState state) {
        List<String> snapshots = redis.run(IN_STATE, ScriptOutputType.MULTI, new String[] {redis.key("state", state.name())},
                redis.keyPrefix());
        return snapshots.stream().map(this::conversation).toList();
    }

    @Override
    public List<Conversation> deleteUser(String channel, String userId) {
        return delete(redis.call(c -> c.zrange(redis.key("user", channel, userId), 0, -1)));
    }

    /** Expiry already removes what is past retention; this removes it at once, and cleans the indexes of states. */
    @Override
    public List<Conversation> deleteInactiveSince(Instant cutoff) {
        Range<Double> before = Range.from(Range.Boundary.unbounded(), Range.Boundary.excluding((double) cutoff.toEpochMilli()));
        List<String> ids = new ArrayList<>();
        for (ConversationState state : ConversationState.values()) {
            ids.addAll(redis.call(c -> c.zrangebyscore(redis.key("state", state.name()), before)));
        }
        return delete(ids);
    }

    private List<Conversation> delete(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> args = new ArrayList<>(List.of(redis.keyPrefix()));
        args.add(Integer.toString(ConversationState.values().length));
        Stream.of(ConversationState.values()).map(Enum::name).forEach(args::add);
        args.addAll(ids);
        List<String> snapshots = redis.run(DELETE, ScriptOutputType.MULTI, NO_KEYS, args.toArray(String[]::new));
        return snapshots.stream().map(this::conversation).toList();
    }

    private Conversation conversation(String snapshot) {
        return json.readValue(snapshot, Conversation.class);
    }

    /** Leaves the shared connection open: its owner closes it. */
    @Override
    public void close() {
    }
}
