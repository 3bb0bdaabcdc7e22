package dev.kefu.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.kb.TestKnowledgeBases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** BM25 and dense vectors with the shipped fusion model: what the product runs. */
class HybridKnowledgeBaseTest extends KnowledgeBaseContract {

    @Override
    KnowledgeBase knowledgeBase() {
        KnowledgeBase kb = TestKnowledgeBases.hybridShop();
        assertThat(kb.ranking()).isEqualTo(Ranking.HYBRID_LEARNED);
        return kb;
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({
        // paraphrases that share few or no words with any phrasing: only the vectors see them
        "这个商品我不想要了可以寄回去吗,returns",
        "這個商品我不想要了可以寄回去嗎,returns",
        "can I send the parcel back to you,returns",
        "my money has not come back yet,refund-time",
    })
    void findsParaphrasesWithoutSharedWords(String query, String id) {
        KnowledgeBase kb = knowledgeBase();
        assertThat(kb.search(query).best()).hasValueSatisfying(m -> assertThat(m.entry().id()).isEqualTo(id));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"dense", "rrf"})
    void everyRankingOrdersTheRightEntryFirst(String ranking) {
        KnowledgeBase kb = KnowledgeBase.builder().entries(TestKnowledgeBases.shop())
                .chineseScript(TestKnowledgeBases.script()).embeddings(TestKnowledgeBases.embeddings())
                .ranking(ranking.equals("dense") ? Ranking.DENSE : Ranking.HYBRID_RRF).build();
        for (String[] pair : new String[][] {{"退货流程", "returns"}, {"退貨流程", "returns"}, {"return process", "returns"}}) {
            assertThat(kb.search(pair[0]).best()).hasValueSatisfying(m -> assertThat(m.entry().id()).isEqualTo(pair[1]));
        }
    }
}
