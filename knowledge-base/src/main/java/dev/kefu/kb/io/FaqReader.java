package dev.kefu.kb.io;

import dev.kefu.kb.FaqEntry;
import dev.kefu.text.detect.LanguageDetector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports a knowledge base. A file is all or nothing: any problem rejects the whole file with the
 * lines at fault, so a half-imported knowledge base never goes live.
 *
 * <p>CSV has a header with {@code id,question,answer} and optionally {@code language},
 * {@code alternates} and {@code tags} (lists separated by {@code |}). JSON is an array of objects
 * with the same names, lists as arrays. Rows sharing an id are the languages of one entry; a row
 * without a language gets the detected one. In CSV, an apostrophe in front of a cell starting with
 * {@code = + - @} is the spreadsheet's text mark ({@link FaqWriter} adds it) and is dropped.
 *
 * <p>Markdown has one {@code ## question} heading per row. On the lines directly under it, with no
 * empty line in between, come optional metadata {@code id:}, {@code language:},
 * {@code alternates: a | b} and {@code tags: x | y}; the rest of the section, up to the next
 * {@code ## } heading outside a fenced code block, is the answer, kept as Markdown. A section
 * without {@code id:} gets {@code md-} and a hash of its question, so languages of one entry need
 * the same explicit id. Text before the first {@code ## } heading is ignored.
 */
public final class FaqReader {

    /** Larger files are refused before parsing. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    private final FaqAssembler assembler;

    public FaqReader(LanguageDetector detector) {
        this.assembler = new FaqAssembler(detector);
    }

    public List<FaqEntry> read(Path file) throws IOException, FaqFormatException {
        FaqFormat format = FaqFormat.of(file);
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new FaqFormatException(0, file.getFileName() + " is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, format);
        }
    }

    public List<FaqEntry> read(InputStream in, FaqFormat format) throws IOException, FaqFormatException {
        String text = decodeUtf8(in.readNBytes((int) MAX_FILE_BYTES + 1));
        return switch (format) {
            case CSV -> assembler.assemble(CsvFaqParser.parse(text));
            case JSON -> assembler.assemble(JsonFaqParser.parse(text));
            case MARKDOWN -> {
                MarkdownFaqParser.Parsed parsed = MarkdownFaqParser.parse(text);
                yield assembler.assemble(parsed.rows(), parsed.problems());
            }
        };
    }

    private static String decodeUtf8(byte[] bytes) throws FaqFormatException {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new FaqFormatException(0, "the file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new FaqFormatException(0, "the file is not UTF-8 (save it as UTF-8; GBK and Big5 are not read)");
        }
    }
}
