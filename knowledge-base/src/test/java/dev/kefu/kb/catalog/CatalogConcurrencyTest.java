package dev.kefu.kb.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.kb.TestKnowledgeBases;
import dev.kefu.kb.search.Decision;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.kb.search.Retrieval;
import dev.kefu.text.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Customers keep getting answers while an admin edits: every edit swaps the index, no search fails. */
class CatalogConcurrencyTest {

    @TempDir
    Path dir;

    @Test
    void searchesNeverFailDuringManyReplaces() throws Exception {
        KnowledgeBase live = KnowledgeBase.builder().build();
        KnowledgeCatalog catalog = KnowledgeCatalog.builder().directory(dir).knowledgeBase(live)
                .reader(TestKnowledgeBases.reader()).build();
        catalog.seed(KnowledgeCatalogTest.shopSource(), "test");

        AtomicBoolean editing = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> searchers = new ArrayList<>();
        for (String question : List.of("我想退货", "我想退貨", "how can I return my order")) {
            searchers.add(pool.submit(() -> {
                while (editing.get()) {
                    Retrieval retrieval = live.search(question);
                    assertThat(retrieval.decision()).as(question).isNotEqualTo(Decision.NO_MATCH);
                    assertThat(retrieval.best().orElseThrow().entry().id()).as(question).isEqualTo("returns");
                    searches.incrementAndGet();
                }
                return null;
            }));
        }
        for (int i = 0; i < 150; i++) {
            long version = catalog.get("invoice").orElseThrow().version();
            catalog.update("invoice", version, KnowledgeCatalogTest.entry("invoice", Language.ZH_HANS,
                    "能开发票吗", "可以，第 " + i + " 版。"), "editor");
        }
        editing.set(false);
        for (Future<?> searcher : searchers) {
            searcher.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(searches.get()).isPositive();
        assertThat(catalog.get("invoice").orElseThrow().version()).isEqualTo(151);
    }
}
