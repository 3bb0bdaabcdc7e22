package dev.kefu.bench;

import dev.kefu.kb.FaqEntry;
import dev.kefu.text.embed.Embeddings;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.kb.search.Ranking;
import dev.kefu.text.script.ChineseScript;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * What every benchmark JVM shares: the script tables, the ONNX models and the data, loaded once.
 * BM25 knowledge bases are built without embeddings, as a lexical-only deployment runs them.
 */
final class Fixture {

    static final ChineseScript SCRIPT = ChineseScript.load();
    static final BenchData DATA = BenchData.load(SCRIPT);

    private Fixture() {
    }

    static Embeddings embeddings() {
        return Embeddings.shared();
    }

    /** A fresh knowledge base: nothing is reused from an earlier build, so every entry is embedded. */
    static KnowledgeBase build(List<FaqEntry> entries, Ranking ranking) {
        KnowledgeBase.Builder builder = KnowledgeBase.builder().entries(entries).chineseScript(SCRIPT).ranking(ranking);
        if (ranking != Ranking.BM25) {
            builder.embeddings(embeddings());
        }
        return builder.build();
    }

    /** Heap in use after a full collection, in bytes. */
    static long usedHeapAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
