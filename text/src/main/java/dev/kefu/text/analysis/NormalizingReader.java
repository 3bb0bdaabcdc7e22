package dev.kefu.text.analysis;

import dev.kefu.text.normalize.TextNormalizer;
import dev.kefu.text.script.ChineseScript;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;

/** Reads a field's whole text, rewrites it once (normalize, optionally fold) and serves the result. */
final class NormalizingReader {

    private NormalizingReader() {
    }

    static Reader wrap(Reader reader, UnaryOperator<String> rewrite) {
        try {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[1024];
            int read;
            while ((read = reader.read(buffer)) != -1) {
                text.append(buffer, 0, read);
            }
            return new StringReader(rewrite.apply(text.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UnaryOperator<String> normalizeAndFold(ChineseScript script) {
        return text -> script.toSimplified(TextNormalizer.normalize(text));
    }
}
