package dev.kefu.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The {@code --name value} and {@code --flag} options after a command's first word. */
final class CommandOptions {

    private final Map<String, String> values;

    private CommandOptions(Map<String, String> values) {
        this.values = values;
    }

    /** Reads {@code args[1..]}; anything that is not an option fails with an {@link IllegalArgumentException}. */
    static CommandOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option [value], got '" + args[i] + "'");
            }
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            values.put(args[i].substring(2), flag ? "true" : args[++i]);
        }
        return new CommandOptions(values);
    }

    String get(String name) {
        return values.get(name);
    }

    String getOrDefault(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }

    /** The path of a required option naming a file that exists. */
    Path existingFile(String name) {
        Path path = Path.of(required(name));
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no such file: " + path);
        }
        return path;
    }
}
