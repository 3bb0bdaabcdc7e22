package dev.kefu.app.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The desk's users in one small JSON file under {@code kefu.data-dir}, readable by its owner
 * only, with hashed passwords; rewritten whole and atomically on each change. One instance writes
 * it: on several instances, give each the same file or the same environment.
 */
public final class DeskUserStore implements UserDetailsService {

    static final String FILE_NAME = "desk-users.json";

    private final Path file;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, DeskUser> users = new LinkedHashMap<>();

    public DeskUserStore(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            try {
                for (DeskUser user : json.readValue(file.toFile(), new TypeReference<List<DeskUser>>() { })) {
                    users.put(user.username(), user);
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException(file + " is not a list of desk users: " + e.getMessage(), e);
            }
        }
    }

    public synchronized Optional<DeskUser> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    public synchronized List<DeskUser> all() {
        return List.copyOf(users.values());
    }

    public synchronized boolean anyAdmin() {
        return users.values().stream().anyMatch(u -> u.role() == DeskRole.ADMIN);
    }

    /** Adds a user, or replaces the one of that name, and writes the file before returning. */
    public synchronized void save(DeskUser user) {
        users.put(user.username(), user);
        write();
    }

    @Override
    public synchronized UserDetails loadUserByUsername(String username) {
        DeskUser user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("no desk user " + username);
        }
        return User.withUsername(user.username()).password(user.passwordHash())
                .authorities(user.role().authority()).build();
    }

    private void write() {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            trySetOwnerOnly(temp);
            json.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), List.copyOf(users.values()));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    private static void trySetOwnerOnly(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the directory's permissions protect it
        }
    }
}
