package dev.kefu.core.store.journal;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.store.AppendConflictException;
import dev.kefu.core.store.Continuation;
import dev.kefu.core.store.ConversationStore;
import dev.kefu.core.store.StoreException;
import dev.kefu.kb.files.DurableFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded store: an append-only journal of events, one JSON line each, under a data
 * directory, with the conversations kept in memory. Each append is written and forced to disk
 * before it returns, so an acknowledged turn survives {@code kill -9} and power loss. At start-up
 * the journal is replayed; a last line cut short by a crash is dropped. Deleting conversations
 * (a user's, or those past retention) rewrites the journal without them. One instance per directory.
 */
public final class JournalConversationStore implements ConversationStore {

    static final String FILE = "events.jsonl";

    private final ObjectMapper json = JsonMapper.builder().build();
    private final Path file;
    private FileChannel channel;
    private final Map<String, List<ConversationEvent>> events = new ConcurrentHashMap<>();
    private final Map<String, Conversation> conversations = new ConcurrentHashMap<>();
    private final Map<String, String> openByUser = new ConcurrentHashMap<>();

    private JournalConversationStore(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Opens (or creates) the journal in {@code dataDir} and replays it. */
    public static JournalConversationStore open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve(FILE);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            JournalConversationStore store = new JournalConversationStore(file, channel);
            try {
                store.replay(file);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            return store;
        } catch (IOException e) {
            throw new StoreException("cannot open the journal in " + dataDir, e);
        }
    }

    private void replay(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int lineStart = 0;
        long goodLength = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                String line = new String(bytes, lineStart, i - lineStart, StandardCharsets.UTF_8);
                if (!line.isBlank()) {
                    try {
                        index(json.readValue(line, ConversationEvent.class));
                    } catch (JacksonException e) {
                        throw new StoreException("journal " + file + " is corrupt at byte " + lineStart, e);
                    }
                }
                lineStart = i + 1;
                goodLength = lineStart;
            }
        }
        if (goodLength < bytes.length) {
            // a write cut short by a crash was never acknowledged: drop it
            channel.truncate(goodLength);
            channel.force(true);
        }
        channel.position(goodLength);
    }

    @Override
    public synchronized void append(List<ConversationEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        for (Continuation continuation : Continuation.of(batch, this::find)) {
            Conversation opened = continuation.after();
            if (continuation.before() == null && openByUser.containsKey(userKey(opened.channel(), opened.userId()))) {
                throw new AppendConflictException(opened.userId() + " already has an open conversation on " + opened.channel());
            }
        }
        StringBuilder lines = new StringBuilder();
        for (ConversationEvent event : batch) {
            lines.append(json.writeValueAsString(event)).append('\n');
        }
        try {
            ByteBuffer buffer = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new StoreException("cannot write the journal", e);
        }
        batch.forEach(this::index);
    }

    private static String userKey(String channel, String userId) {
        return channel + "\u0000" + userId;
    }

    private void index(ConversationEvent event) {
        events.computeIfAbsent(event.conversationId(), id -> new ArrayList<>()).add(event);
        Conversation next = event.kind() == EventKind.OPENED
                ? Conversation.open(event)
                : conversations.get(event.conversationId()).apply(event);
        conversations.put(next.id(), next);
        if (next.state() == ConversationState.RESOLVED) {
            openByUser.remove(userKey(next.channel(), next.userId()), next.id());
        } else {
            openByUser.put(userKey(next.channel(), next.userId()), next.id());
        }
    }

    @Override
    public Optional<Conversation> find(String conversationId) {
        return Optional.ofNullable(conversations.get(conversationId));
    }

    @Override
    public Optional<Conversation> findOpen(String channel, String userId) {
        String id = openByUser.get(userKey(channel, userId));
        return id == null ? Optional.empty() : find(id);
    }

    @Override
    public synchronized List<ConversationEvent> events(String conversationId) {
        return List.copyOf(events.getOrDefault(conversationId, List.of()));
    }

    @Override
    public List<Conversation> inState(ConversationState state) {
        return conversations.values().stream().filter(c -> c.state() == state)
                .sorted(Comparator.comparing(Conversation::updatedAt)).toList();
    }

    @Override
    public synchronized List<Conversation> deleteUser(String channel, String userId) {
        return delete(c -> c.channel().equals(channel) && c.userId().equals(userId));
    }

    @Override
    public synchronized List<Conversation> deleteInactiveSince(Instant cutoff) {
        return delete(c -> c.updatedAt().isBefore(cutoff));
    }

    /**
     * Compacts the journal: writes the events of every conversation kept to a new file, forced to
     * disk, and moves it over the journal atomically, so a crash leaves the old journal or the new
     * one; only then are the conversations forgotten in memory.
     */
    private List<Conversation> delete(Predicate<Conversation> doomed) {
        List<Conversation> deleted = conversations.values().stream().filter(doomed)
                .sorted(Comparator.comparing(Conversation::openedAt)).toList();
        if (deleted.isEmpty()) {
            return deleted;
        }
        Set<String> ids = deleted.stream().map(Conversation::id).collect(Collectors.toSet());
        StringBuilder kept = new StringBuilder();
        conversations.values().stream().filter(c -> !ids.contains(c.id()))
                .sorted(Comparator.comparing(Conversation::openedAt))
                .forEach(c -> events.get(c.id()).forEach(e -> kept.append(json.writeValueAsString(e)).append('\n')));
        try {
            DurableFiles.write(file, kept.toString().getBytes(StandardCharsets.UTF_8));
            channel.close();
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
            channel.position(channel.size());
        } catch (IOException e) {
            throw new StoreException("cannot compact the journal " + file, e);
        }
        for (Conversation c : deleted) {
            conversations.remove(c.id());
            events.remove(c.id());
            openByUser.remove(userKey(c.channel(), c.userId()), c.id());
        }
        return deleted;
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new StoreException("cannot close the journal", e);
        }
    }
}
