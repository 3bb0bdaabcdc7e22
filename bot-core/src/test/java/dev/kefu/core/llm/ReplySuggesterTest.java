package dev.kefu.core.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.engine.Engine;
import dev.kefu.core.message.InboundMessage;
import dev.kefu.core.store.journal.JournalConversationStore;
import dev.kefu.kb.TestKnowledgeBases;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.text.detect.LanguageDetector;
import dev.kefu.text.script.ChineseScript;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Replies suggested to an agent for a handed-off conversation, with and without the model. */
class ReplySuggesterTest {

    private static final ChineseScript SCRIPT = ChineseScript.load();
    private static final LanguageDetector DETECTOR = LanguageDetector.load(SCRIPT);
    private static final KnowledgeBase KB = KnowledgeBase.builder().entries(TestKnowledgeBases.shop()).build();

    @TempDir
    Path dir;
    private final FakeLlmServer server = new FakeLlmServer();
    private GuardedChatModel model;
    private JournalConversationStore store;
    private Engine engine;
    private ReplySuggester suggester;

    @BeforeAll
    static void warmUp() {
        FakeLlmServer.warmUp();
    }

    @BeforeEach
    void start() {
        model = GuardedChatModel.builder().model(server.openAi(null).chatModel()).timeBudget(Duration.ofSeconds(3)).build();
        store = JournalConversationStore.open(dir);
        engine = Engine.builder().store(store).knowledgeBase(KB).languageDetector(DETECTOR).build();
        suggester = new ReplySuggester(KB, new GroundedComposer(model, SCRIPT, 600), SCRIPT, 3);
    }

    @AfterEach
    void stop() {
        model.close();
        server.close();
        store.close();
    }

    private Conversation conversation(String text) {
        String id = engine.handle(new InboundMessage("web", "u1", null, text, null, Instant.now())).conversationId();
        return store.find(id).orElseThrow();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "退款多久能到账，我要退货 | 退款会在3到5个工作日内原路退回；退货请在签收后7天内申请。 | 退款会在3到5个工作日内原路退回；退货请在签收后7天内申请。 | 退款会在3到5个工作日内原路退回。",
        "退款多久能到賬，我要退貨 | 退款会在3到5个工作日内原路退回；退货请在签收后7天内申请。 | 退款會在3到5個工作日內原路退回；退貨請在簽收後7天內申請。 | 退款會在3到5個工作日內原路退回。",
        "how long does a refund take and how do I return it | Refunds take 3–5 business days; returns can be requested within 7 days. | Refunds take 3–5 business days; returns can be requested within 7 days. | Refunds reach your original payment method within 3–5 business days.",
    })
    void offersAComposedReplyFirstThenTheEntriesAsWritten(String text, String modelWrites, String composed, String firstPlain) {
        server.openAiAnswers(FakeLlmServer.modelReply(modelWrites, "refund-time", "returns"));
        List<SuggestedReply> suggestions = suggester.suggest(conversation(text));
        assertThat(suggestions.get(0)).isEqualTo(new SuggestedReply(composed, List.of("refund-time", "returns"), true));
        assertThat(suggestions.subList(1, suggestions.size())).allSatisfy(s -> assertThat(s.composed()).isFalse())
                .extracting(SuggestedReply::text).contains(firstPlain);
        assertThat(server.requests(FakeLlmServer.OPENAI_PATH).get(0).getBodyAsString()).contains(GroundedComposer.COMPOSE);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {"500 | 我要退货", "200 | 我要退货", "429 | I want to return something"})
    void withoutAnAcceptableModelReplyTheEntriesAsWrittenRemain(int status, String text) {
        server.openAiResponds(status == 200
                ? FakeLlmServer.json(FakeLlmServer.openAiBody(FakeLlmServer.modelReply("我们保证全额退款并赔偿。", "returns")))
                : aResponse().withStatus(status));
        List<SuggestedReply> suggestions = suggester.suggest(conversation(text));
        assertThat(suggestions).isNotEmpty().allSatisfy(s -> assertThat(s.composed()).isFalse());
        assertThat(suggestions.get(0).faqIds()).containsExactly("returns");
    }

    @Test
    void suggestsNothingWhenTheKnowledgeBaseHasNothing() {
        assertThat(suggester.suggest(conversation("xyzzy plugh qwv"))).isEmpty();
        assertThat(server.requests(FakeLlmServer.OPENAI_PATH)).isEmpty();
    }
}
