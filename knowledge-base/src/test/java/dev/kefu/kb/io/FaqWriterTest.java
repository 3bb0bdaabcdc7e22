package dev.kefu.kb.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.FaqVariant;
import dev.kefu.kb.TestKnowledgeBases;
import dev.kefu.text.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FaqWriterTest {

    private static final List<FaqEntry> ENTRIES = List.of(
            new FaqEntry("returns", List.of(
                    new FaqVariant(Language.ZH_HANS, "退货政策", List.of("我要退货, 怎么办", "“退货”流程"), """
                            签收后 **7 天内** 可以申请退货：

                            1. 打开“我的订单”
                            2. 点击“申请退货”

                            详见[退货说明](https://shop.example.com/help/returns)。"""),
                    new FaqVariant(Language.ZH_HANT, "退貨政策", List.of("我要退貨"), "簽收後 7 天內可以申請退貨。"),
                    new FaqVariant(Language.EN, "Return policy", List.of("say \"return\", get a refund", "returns, exchanges"), """
                            Within 7 days:

                            ```
                            ## not a heading
                            curl https://shop.example.com/api/returns/123
                            ```""")),
                    List.of("returns", "after-sales")),
            new FaqEntry("hostile", List.of(
                    new FaqVariant(Language.EN, "<script>alert(1)</script>", List.of("=cmd()", "@SUM(A1)", "'=quoted"),
                            "=HYPERLINK(\"http://evil.example\",\"click\")\n<img src=x onerror=alert(1)>")),
                    List.of("-1", "+security")));

    private final FaqReader reader = TestKnowledgeBases.reader();
    private final FaqWriter writer = new FaqWriter();

    private String write(List<FaqEntry> entries, FaqFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(entries, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<FaqEntry> read(String text, FaqFormat format) throws Exception {
        return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format);
    }

    @ParameterizedTest
    @EnumSource(FaqFormat.class)
    void readsBackWhatItWrites(FaqFormat format) throws Exception {
        assertThat(read(write(ENTRIES, format), format)).isEqualTo(ENTRIES);
    }

    @ParameterizedTest
    @EnumSource(FaqFormat.class)
    void readsBackTheShopKnowledgeBase(FaqFormat format) throws Exception {
        List<FaqEntry> shop = TestKnowledgeBases.shop();
        assertThat(read(write(shop, format), format)).isEqualTo(shop);
    }

    @ParameterizedTest
    @EnumSource(FaqFormat.class)
    void writesUtf8WithoutAByteOrderMark(FaqFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(ENTRIES, format, out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes[0]).isNotEqualTo((byte) 0xEF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("退货政策", "退貨政策");
    }

    @Test
    void writesOneCsvRowPerLanguageWithPipeSeparatedLists() throws Exception {
        String csv = write(ENTRIES.subList(0, 1), FaqFormat.CSV);
        assertThat(csv.lines().findFirst()).hasValue("id,language,question,answer,alternates,tags");
        assertThat(csv).contains("returns,zh-Hant,退貨政策,簽收後 7 天內可以申請退貨。,我要退貨,returns | after-sales");
        assertThat(csv).contains("\"say \"\"return\"\", get a refund | returns, exchanges\"");
    }

    @Test
    void neutralisesFormulasForSpreadsheetsAndImportRestoresThem() throws Exception {
        String csv = write(ENTRIES.subList(1, 2), FaqFormat.CSV);
        assertThat(csv).contains("'=HYPERLINK(", "'=cmd() | @SUM(A1)", "'-1 | +security")
                .doesNotContain(",=", ",\"=", ",@", ",-", ",+");
        FaqVariant back = read(csv, FaqFormat.CSV).get(0).variants().get(0);
        assertThat(back.answer()).startsWith("=HYPERLINK(");
        assertThat(back.alternates()).containsExactly("=cmd()", "@SUM(A1)", "'=quoted");
    }

    @Test
    void writesMarkdownSectionsWithTheirMetadataAndHtmlAsText() throws Exception {
        String markdown = write(ENTRIES, FaqFormat.MARKDOWN);
        assertThat(markdown).startsWith("""
                ## 退货政策
                id: returns
                language: zh-Hans
                alternates: 我要退货, 怎么办 | “退货”流程
                tags: returns | after-sales

                签收后 **7 天内** 可以申请退货：
                """);
        assertThat(markdown).contains("\n## <script>alert(1)</script>\nid: hostile\n",
                "\n=HYPERLINK(\"http://evil.example\",\"click\")\n<img src=x onerror=alert(1)>\n");
    }

    @Test
    void writesJsonArraysForLists() throws Exception {
        String json = write(ENTRIES, FaqFormat.JSON);
        assertThat(json).startsWith("[").contains("\"alternates\" : [ \"我要退货, 怎么办\", \"“退货”流程\" ]")
                .contains("<script>").doesNotContain("\\u");
    }

    @Test
    void refusesAListItemWithAPipeInCsvAndMarkdownButNotJson() throws Exception {
        List<FaqEntry> piped = List.of(new FaqEntry("pipe", List.of(
                new FaqVariant(Language.EN, "Pipes?", List.of("a|b"), "Yes.")), List.of()));
        for (FaqFormat format : List.of(FaqFormat.CSV, FaqFormat.MARKDOWN)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThatThrownBy(() -> writer.write(piped, format, out))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("entry 'pipe': 'a|b' contains '|'");
            assertThat(out.size()).as("nothing written in " + format).isZero();
        }
        assertThat(read(write(piped, FaqFormat.JSON), FaqFormat.JSON)).isEqualTo(piped);
    }

    @Test
    void refusesMarkdownForAnAnswerWithAHeadingOutsideACodeBlock() {
        List<FaqEntry> headed = List.of(new FaqEntry("headed", List.of(
                new FaqVariant(Language.EN, "Hours?", List.of(), "Our hours:\n## Weekdays\n9 to 5")), List.of()));
        assertThatThrownBy(() -> write(headed, FaqFormat.MARKDOWN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entry 'headed' (en) would not read back the same from Markdown")
                .hasMessageContaining("starts with '## '");
    }
}
