package dev.kefu.app.store.redis;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.store.AppendConflictException;
import dev.kefu.core.store.Continuation;
import dev.kefu.core.store.ConversationStore;
import io.lettuce.core.Range;
import io.lettuce.core.ScriptOutputType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversations in Redis, shared by every instance: per conversation a Stream of its events and a
 * hash with its folded snapshot, and sorted sets that index conversations by state and by user.
 * An append is one Lua script that stores the turn only if the conversation is still at the
 * sequence the caller read, so two instances appending at once stay in order and exactly once.
 * How much survives a crash of Redis is its persistence's choice (AOF {@code appendfsync}).
 */
public final class RedisConversationStore implements ConversationStore {

    private static final RedisScript APPEND = RedisScript.load("append.lua");
    private static final RedisScript IN_STATE = RedisScript.load("in-state.lua");
    private static final String[] NO_KEYS = {};

    private final SharedRedis redis;
    private final ObjectMapper json = JsonMapper.builder().build();

    public RedisConversationStore(SharedRedis redis) {
        this.redis = redis;
    }

    @Override
    public void append(List<ConversationEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Continuation> continuations = Continuation.of(batch, this::find);
        List<String> args = new ArrayList<>(List.of(redis.keyPrefix(), Integer.toString(continuations.size())));
        for (Continuation continuation : continuations) {
            Conversation after = continuation.after();
            args.addAll(List.of(after.id(), Long.toString(continuation.expectedSequence()), after.channel(),
                    after.userId(), after.state().name(), Long.toString(after.updatedAt().toEpochMilli()),
                    json.writeValueAsString(after), Long.toString(after.lastSequence()),
                    Integer.toString(continuation.events().size())));
            for (ConversationEvent event : continuation.events()) {
                args.add(Long.toString(event.sequence()));
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
    public List<Conversation> inState(ConversationState state) {
        List<String> snapshots = redis.run(IN_STATE, ScriptOutputType.MULTI, new String[] {redis.key("state", state.name())},
                redis.keyPrefix());
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
