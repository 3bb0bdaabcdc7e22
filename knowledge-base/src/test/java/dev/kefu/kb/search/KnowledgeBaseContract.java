package dev.kefu.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.FaqVariant;
import dev.kefu.kb.TestKnowledgeBases;
import dev.kefu.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What every ranking must do, proved the same way for each (see the subclasses). */
abstract class KnowledgeBaseContract {

    private final KnowledgeBase kb = knowledgeBase();

    abstract KnowledgeBase knowledgeBase();

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({
        // zh-Hans paraphrases
        "我想退货,returns",
        "运费多少钱,shipping-fee",
        "退款几天能到账,refund-time",
        "能不能开发票,invoice",
        // zh-Hant: the same questions in Traditional characters
        "我想退貨,returns",
        "運費多少錢,shipping-fee",
        "退款幾天能到帳,refund-time",
        "能不能開發票,invoice",
        // en
        "how can I return my order,returns",
        "what does shipping cost,shipping-fee",
        "when do I get my refund,refund-time",
        "forgot my password,password",
        // en with typos
        "how do I retrun an item,returns",
        "forgot my pasword,password",
    })
    void ranksTheRightEntryFirstInEveryScript(String query, String id) {
        Retrieval retrieval = kb.search(query);
        assertThat(retrieval.best()).hasValueSatisfying(m -> assertThat(m.entry().id()).isEqualTo(id));
        assertThat(retrieval.decision()).isNotEqualTo(Decision.NO_MATCH);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"我要退货", "我要退貨", "I want to return something"})
    void answersANearCopyOfAPhrasingWithHighConfidence(String query) {
        Retrieval retrieval = kb.search(query);
        assertThat(retrieval.decision()).isEqualTo(Decision.ANSWER);
        assertThat(retrieval.best().orElseThrow().confidence()).isGreaterThan(0.8).isLessThanOrEqualTo(1.0);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"今天天气怎么样", "今天天氣怎麼樣", "what is the capital of France", "🙂🙂", "''"})
    void admitsItDoesNotKnowOffTopicQuestions(String query) {
        assertThat(kb.search(query).decision()).isEqualTo(Decision.NO_MATCH);
    }

    @Test
    void confidenceIsBetweenZeroAndOne() {
        for (String q : List.of("退货", "shipping", "发票 invoice", "密码")) {
            kb.search(q).matches().forEach(m -> assertThat(m.confidence()).isBetween(0.0, 1.0));
        }
    }

    @Test
    void survivesHugeAndHostileQueries() {
        String huge = "退货运费发票".repeat(2_000) + " return shipping ".repeat(1_000);
        assertThat(kb.search(huge).matches()).isNotEmpty();
        assertThat(kb.search("\" OR 1=1 -- *:* AND (").decision()).isEqualTo(Decision.NO_MATCH);
    }

    @Test
    void replacingTheEntriesNeverFailsASearchUnderWay() throws Exception {
        List<FaqEntry> shop = TestKnowledgeBases.shop();
        List<FaqEntry> other = List.of(new FaqEntry("gift-card", List.of(new FaqVariant(Language.EN,
                "Do you sell gift cards?", List.of(), "Yes.")), List.of()));
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> searchers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            searchers.add(pool.submit(() -> {
                int searches = 0;
                while (running.get()) {
                    kb.search("how do I return an item");
                    searches++;
                }
                return searches;
            }));
        }
        for (int i = 0; i < 50; i++) {
            kb.replace(i % 2 == 0 ? other : shop);
        }
        running.set(false);
        for (Future<Integer> searcher : searchers) {
            assertThat(searcher.get(10, TimeUnit.SECONDS)).isPositive();
        }
        pool.shutdown();
        assertThat(kb.entries()).isEqualTo(shop);
        assertThat(kb.search("gift cards").matches()).noneMatch(m -> m.entry().id().equals("gift-card"));
    }
}
