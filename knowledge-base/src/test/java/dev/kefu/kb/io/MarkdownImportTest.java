package dev.kefu.kb.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.FaqVariant;
import dev.kefu.kb.TestKnowledgeBases;
import dev.kefu.text.Language;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownImportTest {

    private final FaqReader reader = TestKnowledgeBases.reader();

    private List<FaqEntry> read(String markdown) throws Exception {
        return reader.read(new ByteArrayInputStream(markdown.getBytes(StandardCharsets.UTF_8)), FaqFormat.MARKDOWN);
    }

    private List<FaqEntry> returnsFile() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/io/returns.md")) {
            return reader.read(in, FaqFormat.MARKDOWN);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"faq.md", "FAQ.Markdown"})
    void recognisesMarkdownFiles(String name) throws Exception {
        assertThat(FaqFormat.of(Path.of(name))).isEqualTo(FaqFormat.MARKDOWN);
    }

    @Test
    void namesMarkdownAmongTheFormatsOfAnUnknownFile() {
        assertThatThrownBy(() -> FaqFormat.of(Path.of("faq.txt")))
                .hasMessageContaining("use .csv, .json, .md or .markdown");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "ZH_HANS, 退货政策,       我要退货 | 怎么退货,                          签收后 **7 天内** 可以申请退货",
        "ZH_HANT, 退貨政策,       我要退貨,                                     簽收後 7 天內可以申請退貨。",
        "EN,      Return policy, how do I return an item | send back an order, You can return an item within 7 days",
    })
    void readsOneSectionPerLanguageIntoOneEntry(Language language, String question, String alternates,
                                                 String answerStart) throws Exception {
        FaqEntry returns = returnsFile().get(0);
        assertThat(returns.id()).isEqualTo("returns");
        assertThat(returns.tags()).containsExactly("returns", "after-sales");
        FaqVariant variant = returns.variant(language).orElseThrow();
        assertThat(variant.question()).isEqualTo(question);
        assertThat(variant.alternates()).containsExactly(alternates.split(" \\| "));
        assertThat(variant.answer()).startsWith(answerStart);
    }

    @Test
    void ignoresTheTitleAndIntroduction() throws Exception {
        assertThat(returnsFile()).extracting(FaqEntry::id).hasSize(2).doesNotContain("商店常见问题 / Shop FAQ");
    }

    @Test
    void keepsTheAnswersMarkdownVerbatim() throws Exception {
        FaqEntry returns = returnsFile().get(0);
        assertThat(returns.variant(Language.ZH_HANS).orElseThrow().answer()).isEqualTo("""
                签收后 **7 天内** 可以申请退货：

                1. 打开“我的订单”
                2. 选择商品，点击“申请退货”

                详见[退货说明](https://shop.example.com/help/returns)。""");
    }

    @Test
    void doesNotTakeAHeadingInsideACodeBlockForAQuestion() throws Exception {
        String answer = returnsFile().get(0).variant(Language.EN).orElseThrow().answer();
        assertThat(answer).endsWith("""
                ```
                ## not a heading
                curl https://shop.example.com/api/returns/123
                ```""");
        assertThat(returnsFile()).flatExtracting(FaqEntry::variants).extracting(FaqVariant::question)
                .doesNotContain("not a heading");
    }

    @Test
    void derivesAStableIdFromTheQuestionAndDetectsTheLanguage() throws Exception {
        FaqEntry shipping = returnsFile().get(1);
        assertThat(shipping.id()).matches("md-[0-9a-f]{12}");
        assertThat(shipping.variants()).singleElement().satisfies(v -> {
            assertThat(v.language()).isEqualTo(Language.ZH_HANS);
            assertThat(v.answer()).isEqualTo("订单满 99 元包邮。");
        });
        List<FaqEntry> edited = read("# Another title\n\n## Returns?\nWithin 7 days.\n\n## 运费怎么算\n\n满 99 元包邮。\n");
        assertThat(edited.get(1).id()).isEqualTo(shipping.id());
    }

    @Test
    void readsMetadataKeysInAnyCaseAndTheClosingHashesOfAHeading() throws Exception {
        FaqEntry entry = read("## How do I pay? ##\nID: pay\nLanguage: en\nTags: billing\nBy card.\n").get(0);
        assertThat(entry.id()).isEqualTo("pay");
        assertThat(entry.tags()).containsExactly("billing");
        assertThat(entry.variants().get(0).question()).isEqualTo("How do I pay?");
        assertThat(entry.variants().get(0).answer()).isEqualTo("By card.");
    }

    @Test
    void readsAnAnswerStartingWithAColonWordAfterAnEmptyLine() throws Exception {
        FaqEntry entry = read("## Opening hours\n\nNote: we close on holidays.\nhttps://shop.example.com/hours\n").get(0);
        assertThat(entry.variants().get(0).answer())
                .isEqualTo("Note: we close on holidays.\nhttps://shop.example.com/hours");
    }

    @Test
    void reportsEveryProblemOfTheFileWithItsLine() {
        String markdown = """
                # FAQ
                ## 退货政策
                id: returns
                language: zh-Hans

                七天内可退。

                ##
                id: empty-question
                An answer without a question.

                ## Return policy
                id: returns-en
                language: fr
                tag: after-sales

                ## 運費怎麼算

                id: shipping
                滿 99 元包郵。

                ## Payment
                id: returns
                language: zh-Hans
                用银行卡付款。

                ## Code
                ```
                ## unclosed
                """;
        assertThatThrownBy(() -> read(markdown))
                .isInstanceOfSatisfying(FaqFormatException.class, e -> assertThat(e.problems())
                        .extracting(FaqFormatException.Problem::line)
                        .containsExactly(8, 12, 14, 15, 19, 22, 28))
                .hasMessageContaining("line 8: the ## heading has no question")
                .hasMessageContaining("line 12: the question 'Return policy' has no answer")
                .hasMessageContaining("line 14: language 'fr' is not one of zh-Hans, zh-Hant, en")
                .hasMessageContaining("line 15: unknown metadata key 'tag'")
                .hasMessageContaining("line 19: metadata line 'id:' must directly follow the ## heading")
                .hasMessageContaining("line 22: id 'returns' in zh-Hans already defined on line 2")
                .hasMessageContaining("line 28: the code block opened by ``` is never closed");
    }

    @Test
    void rejectsAFileWithoutQuestions() {
        assertThatThrownBy(() -> read("# FAQ\n\nNothing here yet.\n"))
                .isInstanceOf(FaqFormatException.class).hasMessageContaining("no entries");
    }

    @Test
    void keepsHtmlAsText() throws Exception {
        FaqEntry entry = read("## <script>alert(1)</script>\nid: xss\n\n<img src=x onerror=alert(1)> <b>bold</b>\n").get(0);
        assertThat(entry.variants().get(0).question()).isEqualTo("<script>alert(1)</script>");
        assertThat(entry.variants().get(0).answer()).isEqualTo("<img src=x onerror=alert(1)> <b>bold</b>");
    }
}
