package dev.kefu.kb.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.TestKnowledgeBases;
import dev.kefu.text.Language;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaqReaderTest {

    private final FaqReader reader = TestKnowledgeBases.reader();

    private List<FaqEntry> read(String text, FaqFormat format) throws Exception {
        return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format);
    }

    @Test
    void mergesTheLanguagesOfOneIdIntoOneEntry() {
        List<FaqEntry> entries = TestKnowledgeBases.shop();
        assertThat(entries).hasSize(5);
        FaqEntry returns = entries.get(0);
        assertThat(returns.id()).isEqualTo("returns");
        assertThat(returns.variants()).extracting(v -> v.language()).containsExactly(Language.ZH_HANS, Language.EN);
        assertThat(returns.variant(Language.ZH_HANS).orElseThrow().alternates())
                .containsExactly("我要退货", "退货流程是什么", "东西不想要了怎么退");
        assertThat(returns.tags()).containsExactly("returns");
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({
        "我要退货怎么办,ZH_HANS",
        "我要退貨怎麼辦,ZH_HANT",
        "How do I return an item,EN",
    })
    void detectsTheLanguageOfRowsWithoutOne(String question, Language expected) throws Exception {
        List<FaqEntry> entries = read("id,question,answer\nq1,\"" + question + "\",an answer\n", FaqFormat.CSV);
        assertThat(entries.get(0).variants().get(0).language()).isEqualTo(expected);
    }

    @Test
    void readsJsonWithListsAsArrays() throws Exception {
        List<FaqEntry> entries = read("""
                [
                  {"id": "returns", "language": "zh-Hant", "question": "怎麼退貨", "alternates": ["我要退貨"], "answer": "七天內可退。", "tags": ["returns"]},
                  {"id": "returns", "language": "en", "question": "How do I return?", "answer": "Within 7 days."}
                ]
                """, FaqFormat.JSON);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.variant(Language.ZH_HANT).orElseThrow().alternates()).containsExactly("我要退貨");
            assertThat(e.variant(Language.EN).orElseThrow().answer()).isEqualTo("Within 7 days.");
        });
    }

    @Test
    void rejectsTheWholeFileListingEveryBadLine() {
        String csv = """
                id,question,answer
                ok-1,How do I pay?,By card.
                ,No id here,An answer
                bad id!,Question,Answer
                ok-2,,An answer
                ok-1,How do I pay again?,Twice.
                """;
        assertThatThrownBy(() -> read(csv, FaqFormat.CSV))
                .isInstanceOfSatisfying(FaqFormatException.class, e -> assertThat(e.problems())
                        .extracting(FaqFormatException.Problem::line)
                        .containsExactly(3, 4, 5, 6))
                .hasMessageContaining("line 3: id is empty")
                .hasMessageContaining("line 6: id 'ok-1' in en already defined on line 2");
    }

    @Test
    void namesTheMissingColumns() {
        assertThatThrownBy(() -> read("id,title\n1,x\n", FaqFormat.CSV))
                .isInstanceOf(FaqFormatException.class)
                .hasMessageContaining("line 1: the header must name the columns id, question and answer");
    }

    @Test
    void rejectsMalformedCsvAndJsonWithTheirLine() {
        assertThatThrownBy(() -> read("id,question,answer\nq1,\"unclosed,answer\n", FaqFormat.CSV))
                .isInstanceOf(FaqFormatException.class).hasMessageContaining("malformed CSV");
        assertThatThrownBy(() -> read("[\n{\"id\": \"q1\",\n \"question\": }\n]", FaqFormat.JSON))
                .isInstanceOf(FaqFormatException.class).hasMessageContaining("line 3: malformed JSON");
        assertThatThrownBy(() -> read("{\"id\": \"q1\"}", FaqFormat.JSON))
                .isInstanceOf(FaqFormatException.class).hasMessageContaining("expected a JSON array");
    }

    @Test
    void refusesTextThatIsNotUtf8() {
        byte[] gbk = "id,question,answer\nq1,怎么退货,七天内\n".getBytes(Charset.forName("GBK"));
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(gbk), FaqFormat.CSV))
                .isInstanceOf(FaqFormatException.class).hasMessageContaining("not UTF-8");
    }

    @Test
    void acceptsAByteOrderMarkAndRejectsAnEmptyFile() throws Exception {
        assertThat(read("\uFEFFid,question,answer\nq1,Hi?,Hello.\n", FaqFormat.CSV)).hasSize(1);
        assertThatThrownBy(() -> read("id,question,answer\n", FaqFormat.CSV))
                .isInstanceOf(FaqFormatException.class).hasMessageContaining("no entries");
    }

    @Test
    void keepsHostileTextAsPlainData() throws Exception {
        List<FaqEntry> entries = read("id,question,answer\nxss,<script>alert(1)</script>?,\"<img src=x onerror=alert(1)>\"\n",
                FaqFormat.CSV);
        assertThat(entries.get(0).variants().get(0).answer()).isEqualTo("<img src=x onerror=alert(1)>");
    }
}
