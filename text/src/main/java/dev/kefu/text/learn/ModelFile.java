package dev.kefu.text.learn;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * A saved model: gzip-compressed, starting with a magic word and a format number that a reader
 * checks before anything else. Saving replaces the file atomically, so a reader never sees half a
 * model; a file that is not the model asked for fails with an {@link IOException}.
 */
public final class ModelFile {

    /** Writes the model after the header. */
    @FunctionalInterface
    public interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    /** Reads the model after the header. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    /** Reads the model after the header of one of the formats a reader knows, {@code format} saying which. */
    @FunctionalInterface
    public interface FormatReader<T> {
        T read(DataInputStream in, int format) throws IOException;
    }

    private ModelFile() {
    }

    public static void save(Path file, String magic, int format, Writer body) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(temporary))))) {
                out.writeUTF(magic);
                out.writeInt(format);
                body.write(out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public static <T> T load(Path file, String magic, int format, Reader<T> body) throws IOException {
        return load(file, magic, format, format, (in, read) -> body.read(in));
    }

    /** Reads a model of any format from {@code oldest} to {@code newest}, the reader told which. */
    public static <T> T load(Path file, String magic, int oldest, int newest, FormatReader<T> body) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString(), magic, oldest, newest, body);
        }
    }

    /** Reads a model from {@code in} (not closed), {@code name} saying where it came from in errors. */
    public static <T> T load(InputStream in, String name, String magic, int format, Reader<T> body) throws IOException {
        return load(in, name, magic, format, format, (data, read) -> body.read(data));
    }

    private static <T> T load(InputStream in, String name, String magic, int oldest, int newest, FormatReader<T> body)
            throws IOException {
        try {
            DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
            int format = magic.equals(data.readUTF()) ? data.readInt() : -1;
            if (format < oldest || format > newest) {
                throw new IOException(name + " is not a " + magic + " model of format "
                        + (oldest == newest ? oldest : oldest + " to " + newest));
            }
            return body.read(data, format);
        } catch (IllegalArgumentException | ZipException e) {
            throw new IOException(name + " is not a readable " + magic + " model: " + e.getMessage(), e);
        }
    }
}
