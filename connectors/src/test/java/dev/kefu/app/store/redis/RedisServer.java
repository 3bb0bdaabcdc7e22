package dev.kefu.app.store.redis;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real {@code redis-server} for a test class, on a free port of 127.0.0.1 in a temporary
 * directory: {@code @RegisterExtension static final RedisServer server = RedisServer.withoutPersistence();},
 * with a connection to it ({@link #redis()}) and emptied after each test. A test can kill it and
 * start it again on the same port; with {@link #withAppendOnlyFile()} the data comes back. Fails
 * with a clear message when {@code redis-server} is not installed.
 */
final class RedisServer implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final List<String> persistence;
    private Path dir;
    private int port;
    private Process process;
    private SharedRedis redis;

    private RedisServer(List<String> persistence) {
        this.persistence = persistence;
    }

    /** Keeps everything in memory only: a restart starts empty. */
    static RedisServer withoutPersistence() {
        return new RedisServer(List.of("--save", "", "--appendonly", "no"));
    }

    /** Writes every command to an append-only file synced before each reply: a restart, even after kill -9, keeps all. */
    static RedisServer withAppendOnlyFile() {
        return new RedisServer(List.of("--save", "", "--appendonly", "yes", "--appendfsync", "always"));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("kefu-redis-");
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        start();
        redis = connect();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (process.isAlive()) {
            redis.call(c -> c.flushall());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        redis.close();
        stop();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    String uri() {
        return "redis://127.0.0.1:" + port;
    }

    /** The test class's connection, as one instance of the service would have it. */
    SharedRedis redis() {
        return redis;
    }

    /** A new connection, as another instance would have it; the caller closes it. */
    SharedRedis connect() {
        return SharedRedis.builder().uri(uri()).build();
    }

    /** Starts redis-server on this extension's port and directory, and waits until it takes connections. */
    void start() {
        List<String> command = new ArrayList<>(List.of(executable().toString(), "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--dir", dir.toString(), "--daemonize", "no", "--protected-mode", "yes"));
        command.addAll(persistence);
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("redis.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!acceptsConnections()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("redis-server did not start on port " + port + "; its log: " + log());
            }
            sleep(20);
        }
    }

    /** Kills redis-server at once (SIGKILL), as a crash would, and waits until it is gone. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("redis-server on port " + port + " did not die");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void stop() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private boolean acceptsConnections() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            socket.getOutputStream().write("PING\r\n".getBytes());
            return socket.getInputStream().read() == '+';
        } catch (IOException e) {
            return false;
        }
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("redis.log"));
        } catch (IOException e) {
            return "(none)";
        }
    }

    /** redis-server on the PATH, else /usr/bin/redis-server; a test that needs it fails without it. */
    static Path executable() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.concat(Stream.of(path.split(File.pathSeparator)).filter(p -> !p.isEmpty()).map(Path::of),
                        Stream.of(Path.of("/usr/bin")))
                .map(p -> p.resolve("redis-server")).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("redis-server is not installed: the Redis tests need it "
                        + "(./kefu test installs it, or run: apt-get install redis-server)"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
