package dev.kefu.text.synonyms;

import dev.kefu.text.analysis.ChineseAnalyzer;
import dev.kefu.text.analysis.EnglishTextAnalyzer;
import dev.kefu.text.script.ChineseScript;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;

/** Reads a synonym file line by line into one Solr synonym parser per language, collecting every problem. */
final class SynonymFileParser {

    private static final String MAPPING = "=>";

    private SynonymFileParser() {
    }

    static Synonyms parse(byte[] file, ChineseScript script) throws SynonymFileException {
        try (ChineseAnalyzer chineseChain = new ChineseAnalyzer(script);
             EnglishTextAnalyzer englishChain = new EnglishTextAnalyzer();
             SynonymEntryAnalyzer chineseEntries = new SynonymEntryAnalyzer(chineseChain);
             SynonymEntryAnalyzer englishEntries = new SynonymEntryAnalyzer(englishChain)) {
            SolrSynonymParser chinese = new SolrSynonymParser(true, true, chineseEntries);
            SolrSynonymParser english = new SolrSynonymParser(true, true, englishEntries);
            List<SynonymFileException.Problem> problems = new ArrayList<>();
            List<byte[]> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                int number = i + 1;
                readLine(lines.get(i), chinese, english)
                        .ifPresent(message -> problems.add(new SynonymFileException.Problem(number, message)));
            }
            if (!problems.isEmpty()) {
                throw new SynonymFileException(problems);
            }
            return new Synonyms(chinese.build(), english.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds one line's rule to the parser of its language, or says what is wrong with it. */
    private static Optional<String> readLine(byte[] bytes, SolrSynonymParser chinese, SolrSynonymParser english)
            throws IOException {
        String line;
        try {
            line = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString().strip();
        } catch (CharacterCodingException e) {
            return Optional.of("not UTF-8 text; save the file as UTF-8");
        }
        if (line.isEmpty() || line.startsWith("#")) {
            return Optional.empty();
        }
        Optional<String> shape = shapeProblem(line);
        if (shape.isPresent()) {
            return shape;
        }
        Optional<SynonymLanguage> language = SynonymLanguage.of(line);
        if (language.isEmpty()) {
            return Optional.of("neither Chinese nor English: " + line);
        }
        try {
            (language.get() == SynonymLanguage.CHINESE ? chinese : english).parse(new StringReader(line));
            return Optional.empty();
        } catch (ParseException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return Optional.of(cause.getMessage() + ": " + line);
        }
    }

    private static Optional<String> shapeProblem(String line) {
        String[] sides = line.split(MAPPING, -1);
        if (sides.length > 2) {
            return Optional.of("more than one '=>': " + line);
        }
        for (String side : sides) {
            if (terms(side) == 0) {
                return Optional.of("a side of '=>' has no term: " + line);
            }
        }
        if (sides.length == 1 && terms(line) < 2) {
            return Optional.of("an equivalence needs at least two terms separated by commas: " + line);
        }
        return Optional.empty();
    }

    private static long terms(String side) {
        return Arrays.stream(side.split(",")).filter(term -> !term.isBlank()).count();
    }

    // Split on bytes, not characters, so that a line that is not UTF-8 is reported with its number.
    private static List<byte[]> lines(byte[] file) {
        List<byte[]> lines = new ArrayList<>();
        int start = file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF
                ? 3 : 0;
        for (int i = start; i <= file.length; i++) {
            if (i == file.length || file[i] == '\n') {
                lines.add(Arrays.copyOfRange(file, start, i));
                start = i + 1;
            }
        }
        return lines;
    }
}
