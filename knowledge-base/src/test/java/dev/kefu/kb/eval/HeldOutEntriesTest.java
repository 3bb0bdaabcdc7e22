package dev.kefu.kb.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.FaqVariant;
import dev.kefu.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeldOutEntriesTest {

    private static FaqEntry entry(String id, String question) {
        return new FaqEntry(id, List.of(new FaqVariant(Language.ZH_HANS, question, List.of(), "答案")), List.of());
    }

    @Test
    void everySecondEntryLeavesAndItsQueriesBecomeQuestionsTheKnowledgeBaseCannotAnswer() {
        List<FaqEntry> entries = List.of(entry("returns", "怎么退货"), entry("invoice", "怎么开发票"),
                entry("shipping", "多久发货"), entry("coupons", "优惠券怎么用"));
        List<LabeledQuery> queries = List.of(
                new LabeledQuery("东西不想要了怎么退", "returns"),
                new LabeledQuery("發票怎麼開", "invoice"),
                new LabeledQuery("when will my order ship", "shipping"),
                new LabeledQuery("how do I use a coupon", "coupons"),
                new LabeledQuery("你们仓库的猫叫什么", "no-such-entry"));

        HeldOutEntries split = HeldOutEntries.everySecond(entries, queries);

        assertThat(split.kept()).extracting(FaqEntry::id).containsExactly("returns", "shipping");
        assertThat(split.answerable()).extracting(LabeledQuery::query)
                .containsExactly("东西不想要了怎么退", "when will my order ship");
        // a query labelled with an entry the file does not have is neither answerable nor uncovered
        assertThat(split.uncovered()).containsExactly("發票怎麼開", "how do I use a coupon");
    }

    @Test
    void anEmptyKnowledgeBaseKeepsNothing() {
        HeldOutEntries split = HeldOutEntries.everySecond(List.of(), List.of(new LabeledQuery("where is my parcel", "x")));
        assertThat(split.kept()).isEmpty();
        assertThat(split.answerable()).isEmpty();
        assertThat(split.uncovered()).isEmpty();
    }
}
