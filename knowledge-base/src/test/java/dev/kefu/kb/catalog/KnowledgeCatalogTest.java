package dev.kefu.kb.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.FaqVariant;
import dev.kefu.kb.TestKnowledgeBases;
import dev.kefu.kb.io.FaqFormat;
import dev.kefu.kb.io.FaqFormatException;
import dev.kefu.kb.search.Decision;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.kb.search.Retrieval;
import dev.kefu.text.Language;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnowledgeCatalogTest {

    @TempDir
    Path dir;

    private KnowledgeBase live;
    private KnowledgeCatalog catalog;

    @BeforeEach
    void seedWithTheShop() throws Exception {
        live = KnowledgeBase.builder().build();
        catalog = open();
        assertThat(catalog.seed(shopSource(), "test")).isEqualTo(KnowledgeCatalog.SeedOutcome.IMPORTED);
    }

    private KnowledgeCatalog open() {
        return KnowledgeCatalog.builder().directory(dir).knowledgeBase(live).reader(TestKnowledgeBases.reader()).build();
    }

    static SeedSource shopSource() throws Exception {
        try (InputStream in = KnowledgeCatalogTest.class.getResourceAsStream("/shop.csv")) {
            return new SeedSource("shop.csv", in.readAllBytes(), FaqFormat.CSV);
        }
    }

    static FaqEntry entry(String id, Language language, String question, String answer, String... tags) {
        return new FaqEntry(id, List.of(new FaqVariant(language, question, List.of(), answer)), List.of(tags));
    }

    private Optional<String> answeredId(String question) {
        Retrieval retrieval = live.search(question);
        return retrieval.decision() == Decision.ANSWER ? retrieval.best().map(m -> m.entry().id()) : Optional.empty();
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource({
        "zh-Hans,怎么绑定微信支付,打开“我的-支付设置”绑定微信。,怎么绑定微信支付呢",
        "zh-Hant,怎麼綁定微信支付,打開「我的-支付設定」綁定微信。,怎么绑定微信支付",
        "en,How do I link my PayPal account?,Open Settings > Payments and link PayPal.,link paypal account",
    })
    void createdUpdatedAndDeletedEntriesReachTheBotAtOnce(String tag, String question, String answer, String asked) {
        Language language = Language.fromTag(tag);
        CatalogEntry created = catalog.create(entry("wallet-link", language, question, answer, "payments"), EntryStatus.PUBLISHED, "alice");
        assertThat(created.version()).isEqualTo(1);
        assertThat(answeredId(asked)).contains("wallet-link");

        CatalogEntry updated = catalog.update("wallet-link", 1, entry("wallet-link", language, question, answer + " (2)"), "bob");
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.updatedBy()).isEqualTo("bob");
        assertThat(live.search(asked).best().orElseThrow().entry().variant(language).orElseThrow().answer()).endsWith("(2)");

        catalog.delete("wallet-link", 2L, "carol");
        assertThat(catalog.get("wallet-link")).isEmpty();
        assertThat(answeredId(asked)).isEmpty();
        assertThat(catalog.history("wallet-link")).extracting(HistoryRecord::action, HistoryRecord::version, HistoryRecord::who)
                .containsExactly(
                        tuple(HistoryAction.CREATE, 1L, "alice"),
                        tuple(HistoryAction.UPDATE, 2L, "bob"),
                        tuple(HistoryAction.DELETE, 3L, "carol"));
    }

    @Test
    void refusesAStaleVersionAndKeepsTheNewerEntry() {
        CatalogEntry returns = catalog.get("returns").orElseThrow();
        FaqEntry edited = entry("returns", Language.ZH_HANS, "怎么退货", "新的退货说明");
        catalog.update("returns", returns.version(), edited, "alice");
        assertThatThrownBy(() -> catalog.update("returns", returns.version(), entry("returns", Language.EN, "returns", "old"), "bob"))
                .isInstanceOf(VersionConflictException.class)
                .satisfies(e -> assertThat(((VersionConflictException) e).actual()).isEqualTo(returns.version() + 1));
        assertThatThrownBy(() -> catalog.delete("returns", returns.version(), "bob")).isInstanceOf(VersionConflictException.class);
        assertThat(catalog.get("returns").orElseThrow().faq()).isEqualTo(edited);
    }

    @Test
    void draftsAreNotAnsweredUntilPublished() {
        catalog.create(entry("gift-wrap", Language.ZH_HANT, "可以禮品包裝嗎", "結帳時勾選「禮品包裝」即可。"), EntryStatus.DRAFT, "agent");
        assertThat(answeredId("可以禮品包裝嗎")).isEmpty();
        assertThat(catalog.published()).extracting(FaqEntry::id).doesNotContain("gift-wrap");

        CatalogEntry published = catalog.publish("gift-wrap", "admin");
        assertThat(published.status()).isEqualTo(EntryStatus.PUBLISHED);
        assertThat(published.version()).isEqualTo(2);
        assertThat(answeredId("可以礼品包装吗")).contains("gift-wrap");
        assertThat(catalog.history("gift-wrap")).extracting(HistoryRecord::action)
                .containsExactly(HistoryAction.CREATE, HistoryAction.PUBLISH);
    }

    @Test
    void anImportReplacesThePublishedEntriesAndKeepsDrafts() throws Exception {
        catalog.create(entry("draft-only", Language.EN, "Do you sell gift cards?", "Not yet."), EntryStatus.DRAFT, "agent");
        String csv = "id,language,question,answer\n"
                + "returns,zh-Hans,怎么退货,在订单页申请退货。\n"
                + "store-hours,en,When are you open?,Every day from 9 to 21.\n";
        ImportResult result = catalog.importFile(utf8(csv), FaqFormat.CSV, "admin");

        assertThat(result).isEqualTo(new ImportResult(1, 1, 0, 4));
        assertThat(catalog.published()).extracting(FaqEntry::id).containsExactly("returns", "store-hours");
        assertThat(catalog.get("draft-only")).isPresent();
        assertThat(answeredId("when are you open")).contains("store-hours");
        assertThat(catalog.history("store-hours")).extracting(HistoryRecord::action).containsExactly(HistoryAction.IMPORT);
        assertThat(catalog.history("password")).extracting(HistoryRecord::action).endsWith(HistoryAction.DELETE);
    }

    @Test
    void theLiveIndexKeepsTheOrderOfTheFileSoTiesBreakAsBefore() {
        catalog.update("invoice", catalog.get("invoice").orElseThrow().version(),
                entry("invoice", Language.EN, "Can I get an invoice?", "Yes."), "admin");
        catalog.create(entry("a-new-one", Language.EN, "Is there an app?", "Yes."), EntryStatus.PUBLISHED, "admin");
        List<String> fileOrder = new ArrayList<>(TestKnowledgeBases.shop().stream().map(FaqEntry::id).toList());
        fileOrder.add("a-new-one");
        assertThat(live.entries()).extracting(FaqEntry::id).containsExactlyElementsOf(fileOrder);
        assertThat(catalog.list(CatalogQuery.all()).entries()).extracting(CatalogEntry::id).isSorted();
    }

    @Test
    void aFileWithErrorsChangesNothing() {
        List<CatalogEntry> before = catalog.list(CatalogQuery.all()).entries();
        Optional<String> bestBefore = live.search("我想退貨").best().map(m -> m.entry().id());
        String csv = "id,language,question,answer\n"
                + "returns,zh-Hans,怎么退货,在订单页申请退货。\n"
                + "bad id!,en,What?,Something.\n"
                + "empty,en,,No question.\n";
        assertThatThrownBy(() -> catalog.importFile(utf8(csv), FaqFormat.CSV, "admin"))
                .isInstanceOf(FaqFormatException.class)
                .satisfies(e -> assertThat(((FaqFormatException) e).problems())
                        .extracting(FaqFormatException.Problem::line).contains(3, 4));
        assertThat(catalog.list(CatalogQuery.all()).entries()).isEqualTo(before);
        assertThat(bestBefore).contains("returns");
        assertThat(live.search("我想退貨").best().map(m -> m.entry().id())).isEqualTo(bestBefore);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "has space|怎么退货|答案",
        "ok-id|'   '|答案",
        "ok-id|怎么退货|' '",
    })
    void refusesInvalidEntries(String id, String question, String answer) {
        assertThatThrownBy(() -> catalog.create(entry(id, Language.ZH_HANS, question, answer), EntryStatus.PUBLISHED, "a"))
                .isInstanceOf(InvalidEntryException.class);
    }

    @Test
    void refusesOversizedTextsAndDuplicateIds() {
        assertThatThrownBy(() -> catalog.create(entry("long", Language.EN, "q?", "a".repeat(EntryRules.MAX_ANSWER_LENGTH + 1)),
                EntryStatus.PUBLISHED, "a")).isInstanceOf(InvalidEntryException.class).hasMessageContaining("at most 5000");
        assertThatThrownBy(() -> catalog.create(entry("x".repeat(65), Language.EN, "q?", "a"), EntryStatus.PUBLISHED, "a"))
                .isInstanceOf(InvalidEntryException.class);
        assertThatThrownBy(() -> catalog.create(entry("returns", Language.EN, "q?", "a"), EntryStatus.PUBLISHED, "a"))
                .isInstanceOf(EntryExistsException.class);
        assertThatThrownBy(() -> catalog.update("nope", 1, entry("nope", Language.EN, "q?", "a"), "a"))
                .isInstanceOf(EntryNotFoundException.class);
    }

    @Test
    void listsFilteredAndPaged() {
        catalog.create(entry("draft-hant", Language.ZH_HANT, "退貨要運費嗎", "七天內免運費。", "returns"), EntryStatus.DRAFT, "a");
        assertThat(catalog.list(new CatalogQuery("退货", null, null, null, 0, 50)).entries())
                .extracting(CatalogEntry::id).contains("returns", "draft-hant");
        assertThat(catalog.list(new CatalogQuery("RETURN", null, Language.EN, null, 0, 50)).entries())
                .extracting(CatalogEntry::id).contains("returns").doesNotContain("draft-hant");
        assertThat(catalog.list(new CatalogQuery(null, "returns", null, EntryStatus.DRAFT, 0, 50)).entries())
                .extracting(CatalogEntry::id).containsExactly("draft-hant");

        CatalogPage first = catalog.list(new CatalogQuery(null, null, null, null, 0, 2));
        CatalogPage last = catalog.list(new CatalogQuery(null, null, null, null, 2, 2));
        assertThat(first.total()).isEqualTo(6);
        assertThat(first.entries()).hasSize(2);
        assertThat(last.entries()).hasSize(2);
        assertThat(catalog.list(new CatalogQuery(null, null, null, null, 9, 2)).entries()).isEmpty();
    }

    @Test
    void survivesARestartWithItsEditsHistoryAndVersions() throws Exception {
        catalog.create(entry("restart", Language.EN, "Will this survive?", "Yes."), EntryStatus.DRAFT, "a");
        catalog.delete("restart", null, "a");
        catalog.create(entry("restart", Language.EN, "Will this survive?", "Yes, again."), EntryStatus.PUBLISHED, "a");
        // a crash in the middle of an append leaves a torn last line
        Files.writeString(dir.resolve(CatalogFiles.HISTORY_FILE), "{\"entryId\":\"rest", StandardOpenOption.APPEND);

        KnowledgeBase restartedLive = KnowledgeBase.builder().build();
        KnowledgeCatalog reopened = KnowledgeCatalog.builder().directory(dir).knowledgeBase(restartedLive)
                .reader(TestKnowledgeBases.reader()).build();
        assertThat(reopened.seed(shopSource(), "boot")).isEqualTo(KnowledgeCatalog.SeedOutcome.LOADED);
        assertThat(reopened.get("restart").orElseThrow().version()).isEqualTo(3);
        assertThat(reopened.history("restart")).extracting(HistoryRecord::version).containsExactly(1L, 2L, 3L);
        assertThat(restartedLive.entries()).extracting(FaqEntry::id).contains("restart");
        assertThat(Files.list(dir)).noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void aChangedSourceFileIsImportedAgainAtStartUp() throws Exception {
        catalog.update("returns", catalog.get("returns").orElseThrow().version(),
                entry("returns", Language.EN, "How do I return an item?", "Edited by an admin."), "admin");
        byte[] changed = (new String(shopSource().content(), StandardCharsets.UTF_8)
                + "store-hours,en,When are you open?,,Every day from 9 to 21.,\n").getBytes(StandardCharsets.UTF_8);

        KnowledgeCatalog restarted = open();
        assertThat(restarted.seed(shopSource(), "boot")).isEqualTo(KnowledgeCatalog.SeedOutcome.LOADED);
        assertThat(restarted.get("returns").orElseThrow().faq().variants().get(0).answer()).isEqualTo("Edited by an admin.");

        assertThat(restarted.seed(new SeedSource("shop.csv", changed, FaqFormat.CSV), "boot"))
                .isEqualTo(KnowledgeCatalog.SeedOutcome.IMPORTED);
        assertThat(restarted.get("store-hours")).isPresent();
        assertThat(restarted.history("returns")).last().extracting(HistoryRecord::action, HistoryRecord::who)
                .containsExactly(HistoryAction.IMPORT, "boot");
        assertThat(open().seed(new SeedSource("shop.csv", changed, FaqFormat.CSV), "boot"))
                .isEqualTo(KnowledgeCatalog.SeedOutcome.LOADED);
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
