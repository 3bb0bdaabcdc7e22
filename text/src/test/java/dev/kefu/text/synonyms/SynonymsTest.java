package dev.kefu.text.synonyms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.text.analysis.Analysis;
import dev.kefu.text.analysis.ChineseAnalyzer;
import dev.kefu.text.analysis.EnglishTextAnalyzer;
import dev.kefu.text.script.ChineseScript;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SynonymsTest {

    private static final ChineseScript SCRIPT = ChineseScript.load();

    /** One file, Chinese and English lines mixed, a Traditional entry among the Simplified ones. */
    private static final String FILE = """
            # 退款
            退款, 退錢, 把钱退回

            快递 => 物流
            refund, money back, reimbursement
            log in, sign in
            iPhone, 苹果手机
            """;

    private static final Synonyms SYNONYMS = parse(FILE);
    private static final ChineseAnalyzer CHINESE = new ChineseAnalyzer(SCRIPT, SYNONYMS.chinese());
    private static final EnglishTextAnalyzer ENGLISH = new EnglishTextAnalyzer(SYNONYMS.english());

    private static Synonyms parse(String file) {
        try {
            return Synonyms.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), SCRIPT);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The knowledge base reads a bag of terms, so the tables list each distinct token once. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // zh-Hans: the query's own tokens first, then those of every synonym
        "我要退款      | 我 我要 要 要退 退 退款 款 退钱 钱 把 把钱 钱退 退回 回",
        "退钱          | 退 退钱 钱 退款 款 把 把钱 钱退 退回 回",
        "把钱退回给我   | 把 把钱 钱 钱退 退 退回 回 退款 款 退钱 回给 给 给我 我",
        // a one-way rule replaces what it reads
        "快递到了吗     | 物 物流 流 递到 到 到了 了 了吗 吗",
        // zh-Hant: folded to Simplified before the synonyms apply
        "我要退錢      | 我 我要 要 要退 退 退钱 钱 退款 款 把 把钱 钱退 退回 回",
        "快遞到了嗎     | 物 物流 流 递到 到 到了 了 了吗 吗",
        "iPhone壞了    | iphon 苹 苹果 果 果手 手 手机 机 坏 坏了 了",
    })
    void chineseEmitsTheSynonymsOfWhatItReads(String text, String tokens) {
        assertThat(new TreeSet<>(Analysis.tokens(CHINESE, text))).containsExactlyInAnyOrder(tokens.split(" "));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "I want a refund                | want refund monei reimburs back",
        "Can I get my money back?       | get monei refund reimburs back",
        "Reimbursements                 | reimburs refund monei back",
        "How do I log in?               | log sign",
        "Sign in please                 | sign log",
    })
    void englishEmitsTheSynonymsOfWhatItReads(String text, String tokens) {
        assertThat(new TreeSet<>(Analysis.tokens(ENGLISH, text))).containsExactlyInAnyOrder(tokens.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"运费多少", "How much is shipping?", "物流到哪了"})
    void textWithoutSynonymsAnalyzesAsBefore(String text) {
        assertThat(Analysis.tokens(CHINESE, text)).isEqualTo(Analysis.tokens(new ChineseAnalyzer(SCRIPT), text));
        assertThat(Analysis.tokens(ENGLISH, text)).isEqualTo(Analysis.tokens(new EnglishTextAnalyzer(), text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"退款退款退款", "退", "钱退回退款把", "😡退款!!!<b>退钱</b>", "ＲＥＦＵＮＤ 退款 money", "", "   "})
    void hostileAndRepeatedTextKeepsEveryOriginalToken(String text) {
        assertThat(Analysis.tokens(CHINESE, text)).containsAll(Analysis.tokens(new ChineseAnalyzer(SCRIPT), text));
        assertThat(Analysis.tokens(ENGLISH, text)).containsAll(Analysis.tokens(new EnglishTextAnalyzer(), text));
    }

    @Test
    void oneWayRulesDoNotGoBack() {
        assertThat(Analysis.tokens(CHINESE, "物流")).containsExactly("物", "物流", "流");
    }

    @Test
    void noSynonymsLeavesTheAnalyzersUnchanged() {
        Synonyms none = Synonyms.none();
        assertThat(Analysis.tokens(new ChineseAnalyzer(SCRIPT, none.chinese()), "退款"))
                .containsExactly("退", "退款", "款");
        assertThat(Analysis.tokens(new EnglishTextAnalyzer(none.english()), "refunds")).containsExactly("refund");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreAccepted() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "退款, 退钱\r\nrefund, reimbursement\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);
        Synonyms synonyms = parse(new String(file, StandardCharsets.UTF_8));
        assertThat(Analysis.tokens(new EnglishTextAnalyzer(synonyms.english()), "refund")).contains("reimburs");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "退款 => 退钱 => 退回       | more than one '=>'",
        "=> 物流                  | a side of '=>' has no term",
        "快递 =>                  | a side of '=>' has no term",
        "refund                  | at least two terms",
        "refund, ,               | at least two terms",
        "the, a                  | completely eliminated",
        "возврат, refund         | neither Chinese nor English",
        "払い戻し, refund          | neither Chinese nor English",
    })
    void aBadLineIsReportedWithItsNumber(String line, String message) {
        String file = "# header\nrefund, reimbursement\n" + line + "\n";
        assertThatThrownBy(() -> Synonyms.parse(file.getBytes(StandardCharsets.UTF_8), SCRIPT))
                .isInstanceOfSatisfying(SynonymFileException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).line()).isEqualTo(3);
                    assertThat(e.problems().get(0).message()).contains(message);
                    assertThat(e.getMessage()).contains("line 3: ");
                });
    }

    @Test
    void everyProblemIsListedAndTheFileIsRejectedWhole() {
        String file = "退款, 退钱\nrefund\nquick => \nlog in, sign in\n";
        assertThatThrownBy(() -> Synonyms.parse(file.getBytes(StandardCharsets.UTF_8), SCRIPT))
                .isInstanceOfSatisfying(SynonymFileException.class, e ->
                        assertThat(e.problems()).extracting(SynonymFileException.Problem::line).containsExactly(2, 3));
    }

    @Test
    void aFileNotInUtf8IsRejectedAtTheFirstLineThatIsNot() throws Exception {
        byte[] file = "refund, reimbursement\n退款, 退钱\n".getBytes("GB18030");
        assertThatThrownBy(() -> Synonyms.parse(file, SCRIPT))
                .isInstanceOfSatisfying(SynonymFileException.class, e -> {
                    assertThat(e.problems()).extracting(SynonymFileException.Problem::line).isEqualTo(List.of(2));
                    assertThat(e.problems().get(0).message()).contains("not UTF-8");
                });
    }
}
