package dev.kefu.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.kb.TestKnowledgeBases;
import dev.kefu.text.synonyms.Synonyms;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** BM25 alone: what a knowledge base built without embeddings does. */
class LexicalKnowledgeBaseTest extends KnowledgeBaseContract {

    @Override
    KnowledgeBase knowledgeBase() {
        KnowledgeBase kb = KnowledgeBase.builder().entries(TestKnowledgeBases.shop()).build();
        assertThat(kb.ranking()).isEqualTo(Ranking.BM25);
        return kb;
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({"退钱要等几天,refund-time", "退錢要等幾天,refund-time", "reimbursement how many days,refund-time"})
    void findsEntriesThroughTheUsersSynonyms(String query, String id) throws Exception {
        Synonyms synonyms = Synonyms.parse("""
                # the shop's own words
                退款, 退钱
                refund, reimbursement
                """.getBytes(StandardCharsets.UTF_8), TestKnowledgeBases.script());
        KnowledgeBase withSynonyms = KnowledgeBase.builder().entries(TestKnowledgeBases.shop())
                .chineseScript(TestKnowledgeBases.script()).synonyms(synonyms).build();
        KnowledgeBase without = KnowledgeBase.builder().entries(TestKnowledgeBases.shop())
                .chineseScript(TestKnowledgeBases.script()).build();

        assertThat(withSynonyms.search(query).best()).hasValueSatisfying(m -> assertThat(m.entry().id()).isEqualTo(id));
        double before = without.search(query).matches().stream().filter(m -> m.entry().id().equals(id))
                .mapToDouble(Match::score).findFirst().orElse(0);
        assertThat(withSynonyms.search(query).best().orElseThrow().score()).isGreaterThan(before);
    }
}
