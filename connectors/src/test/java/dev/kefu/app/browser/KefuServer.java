package dev.kefu.app.browser;

import dev.kefu.app.KefuApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real kefu application for browser tests, started the way {@code java -jar kefu.jar} starts
 * it, on a free port and a data directory of the test's: embedded store, bundled demo knowledge
 * base. It can be stopped and started again on the same port and directory, as a restart of the
 * service looks to a browser that stays open.
 */
public final class KefuServer implements AutoCloseable {

    private final Path dataDir;
    private final Map<String, String> properties;
    private final int port;
    private ConfigurableApplicationContext context;

    private KefuServer(Path dataDir, Map<String, String> properties) {
        this.dataDir = dataDir;
        this.properties = Map.copyOf(properties);
        this.port = freePort();
    }

    /** Starts kefu with its data in {@code dataDir}, generous rate limits, and the given extra properties. */
    public static KefuServer start(Path dataDir, Map<String, String> properties) {
        KefuServer server = new KefuServer(dataDir, properties);
        server.start();
        return server;
    }

    public void start() {
        List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--kefu.data-dir=" + dataDir,
                "--kefu.chat.rate-burst=1000", "--kefu.chat.rate-per-minute=100000", "--spring.main.banner-mode=off"));
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        context = new SpringApplicationBuilder(KefuApplication.class).run(args.toArray(String[]::new));
    }

    /** Stops the service, as a crash or a deployment would: open connections drop. */
    public void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A component of the running application, e.g. the engine, to act as an agent would. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
