package dev.kefu.kb;

import dev.kefu.kb.io.FaqFormat;
import dev.kefu.kb.io.FaqReader;
import dev.kefu.text.detect.LanguageDetector;
import dev.kefu.text.script.ChineseScript;
import java.io.InputStream;
import java.util.List;

/** The small bilingual shop FAQ the knowledge-base tests share. */
public final class TestKnowledgeBases {

    private static final FaqReader READER = new FaqReader(LanguageDetector.load(ChineseScript.load()));

    private TestKnowledgeBases() {
    }

    public static FaqReader reader() {
        return READER;
    }

    public static List<FaqEntry> shop() {
        try (InputStream in = TestKnowledgeBases.class.getResourceAsStream("/shop.csv")) {
            return READER.read(in, FaqFormat.CSV);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
