package dev.kefu.core.handoff;

import dev.kefu.core.store.StoreException;
import dev.kefu.kb.files.DurableFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded callback store: one JSON file per conversation in a directory, written atomically
 * and forced to disk, so a request the customer was thanked for survives a crash; read back at
 * start-up. File names are the hex of the conversation id, never anything the customer wrote.
 */
public final class DirectoryCallbackStore implements CallbackStore {

    private static final String SUFFIX = ".json";

    private final Path directory;
    private final ObjectMapper json = JsonMapper.builder().build();
    private final Map<String, CallbackRequest> requests = new ConcurrentHashMap<>();

    private DirectoryCallbackStore(Path directory) {
        this.directory = directory;
    }

    /** Opens (or creates) the store in {@code directory} and reads what it holds. */
    public static DirectoryCallbackStore open(Path directory) {
        DirectoryCallbackStore store = new DirectoryCallbackStore(directory);
        try {
            Files.createDirectories(directory);
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                    CallbackRequest request = store.json.readValue(Files.readString(file, StandardCharsets.UTF_8),
                            CallbackRequest.class);
                    store.requests.put(request.conversationId(), request);
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot read the callback requests in " + directory, e);
        }
        return store;
    }

    @Override
    public synchronized void save(CallbackRequest request) {
        try {
            DurableFiles.write(fileOf(request.conversationId()), json.writeValueAsBytes(request));
        } catch (IOException e) {
            throw new StoreException("cannot write a callback request", e);
        }
        requests.put(request.conversationId(), request);
    }

    @Override
    public Optional<CallbackRequest> find(String conversationId, Instant now) {
        return Optional.ofNullable(requests.get(conversationId)).filter(r -> r.expiresAt().isAfter(now));
    }

    @Override
    public List<CallbackRequest> pending(Instant now) {
        return requests.values().stream().filter(r -> r.expiresAt().isAfter(now))
                .sorted(Comparator.comparing(CallbackRequest::requestedAt)).toList();
    }

    @Override
    public synchronized void delete(String conversationId) {
        try {
            Files.deleteIfExists(fileOf(conversationId));
        } catch (IOException e) {
            throw new StoreException("cannot delete a callback request", e);
        }
        requests.remove(conversationId);
    }

    @Override
    public synchronized int deleteExpired(Instant now) {
        List<String> expired = requests.values().stream().filter(r -> !r.expiresAt().isAfter(now))
                .map(CallbackRequest::conversationId).toList();
        expired.forEach(this::delete);
        return expired.size();
    }

    private Path fileOf(String conversationId) {
        return directory.resolve(HexFormat.of().formatHex(conversationId.getBytes(StandardCharsets.UTF_8)) + SUFFIX);
    }
}
