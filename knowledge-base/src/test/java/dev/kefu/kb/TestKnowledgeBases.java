package dev.kefu.kb;

import dev.kefu.kb.io.FaqFormat;
import dev.kefu.kb.io.FaqReader;
import dev.kefu.text.embed.Embeddings;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.text.detect.LanguageDetector;
import dev.kefu.text.script.ChineseScript;
import java.io.InputStream;
import java.util.List;

/** The small bilingual shop FAQ the knowledge-base tests share. */
public final class TestKnowledgeBases {

    private static final ChineseScript SCRIPT = ChineseScript.load();
    private static final FaqReader READER = new FaqReader(LanguageDetector.load(SCRIPT));

    private TestKnowledgeBases() {
    }

    public static FaqReader reader() {
        return READER;
    }

    public static ChineseScript script() {
        return SCRIPT;
    }

    /** The shipped ONNX models, loaded once for all tests of the JVM. */
    public static Embeddings embeddings() {
        return Embeddings.shared();
    }

    /** The shop FAQ with hybrid retrieval, as the product runs it. */
    public static KnowledgeBase hybridShop() {
        return KnowledgeBase.builder().entries(shop()).chineseScript(SCRIPT).embeddings(embeddings()).build();
    }

    public static List<FaqEntry> shop() {
        try (InputStream in = TestKnowledgeBases.class.getResourceAsStream("/shop.csv")) {
            return READER.read(in, FaqFormat.CSV);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
