package dev.kefu.kb.unanswered;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.text.Language;
import dev.kefu.text.script.ChineseScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnansweredLogTest {

    private static final ChineseScript SCRIPT = ChineseScript.load();
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    @TempDir
    Path dir;

    /** The questions the similarity threshold is chosen on: each line is one expected group. */
    private static final List<List<String>> EXPECTED_GROUPS = List.of(
            List.of("怎么退货", "怎麼退貨", "我要退货怎么弄", "退貨流程是什麼"),
            List.of("怎么开发票", "能開發票嗎", "发票怎么开"),
            List.of("你们几点下班"),
            List.of("How do I return an item?", "returning items", "I want to return my items"),
            List.of("Do you ship to Canada?", "shipping to canada", "can you ship to canada"),
            List.of("Is the store open on Sunday?"),
            List.of("積分可以換現金嗎", "积分能换现金吗"));

    private UnansweredLog log(int capacity) {
        return UnansweredLog.builder().directory(dir).capacity(capacity).chineseScript(SCRIPT).build();
    }

    private static UnansweredQuestion question(String text, int minute) {
        Language language = text.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? (SCRIPT.count(text).looksTraditional() ? Language.ZH_HANT : Language.ZH_HANS) : Language.EN;
        return new UnansweredQuestion(text, language, UnansweredReason.FALLBACK, T0.plusSeconds(60L * minute));
    }

    /** Records the expected groups interleaved, as customers would ask them. */
    private static void recordInterleaved(UnansweredLog log) {
        int minute = 0;
        for (int round = 0; round < 4; round++) {
            for (List<String> group : EXPECTED_GROUPS) {
                if (round < group.size()) {
                    log.record(question(group.get(round), minute++));
                }
            }
        }
    }

    @Test
    void groupsTheSameQuestionAcrossScriptsAndWordingsAndKeepsOthersApart() {
        UnansweredLog log = log(100);
        recordInterleaved(log);
        List<QuestionGroup> groups = log.groups(100);
        assertThat(groups).hasSameSizeAs(EXPECTED_GROUPS);
        for (List<String> expected : EXPECTED_GROUPS) {
            assertThat(groups).as("group of %s", expected)
                    .anyMatch(g -> g.count() == expected.size() && expected.containsAll(g.examples()));
        }
    }

    @Test
    void sortsByCountWithExamplesAndFirstAndLastSeen() {
        UnansweredLog log = log(100);
        recordInterleaved(log);
        log.record(question("怎么退货", 100));
        List<QuestionGroup> groups = log.groups(2);
        assertThat(groups).hasSize(2);
        QuestionGroup top = groups.get(0);
        assertThat(top.count()).isEqualTo(5);
        assertThat(top.examples()).hasSize(3).first().isEqualTo("怎么退货");
        assertThat(top.language()).isEqualTo(Language.ZH_HANS);
        assertThat(top.firstSeen()).isEqualTo(T0);
        assertThat(top.lastSeen()).isEqualTo(T0.plusSeconds(6000));
        assertThat(groups.get(1).count()).isEqualTo(3);
    }

    @Test
    void keepsTheMostRecentQuestionsAcrossRestarts() throws Exception {
        UnansweredLog log = log(5);
        for (int i = 0; i < 23; i++) {
            log.record(question("question number " + i + " about topic" + i, i));
        }
        assertThat(Files.readAllLines(dir.resolve(UnansweredLog.FILE_NAME)).size()).isLessThan(10);
        Files.writeString(dir.resolve(UnansweredLog.FILE_NAME), "{\"text\":\"torn", StandardOpenOption.APPEND);

        UnansweredLog reopened = log(5);
        assertThat(reopened.groups(100)).hasSize(5)
                .flatExtracting(QuestionGroup::examples).contains("question number 22 about topic22")
                .doesNotContain("question number 17 about topic17");
    }

    @Test
    void dismissesAGroupForGood() {
        UnansweredLog log = log(100);
        recordInterleaved(log);
        QuestionGroup returns = log.groups(1).get(0);
        assertThat(log.group(returns.id())).contains(returns);
        assertThat(log.dismiss(returns.id())).isTrue();
        assertThat(log.dismiss(returns.id())).isFalse();
        assertThat(log(100).groups(100)).hasSize(EXPECTED_GROUPS.size() - 1)
                .noneMatch(g -> g.examples().contains("怎么退货"));
    }
}
