package dev.kefu.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.conversation.ConversationCommand;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.conversation.HandoffReason;
import dev.kefu.core.message.InboundMessage;
import dev.kefu.core.message.TurnResult;
import dev.kefu.core.policy.PolicySettings;
import dev.kefu.core.store.journal.JournalConversationStore;
import dev.kefu.intents.Intent;
import dev.kefu.kb.TestKnowledgeBases;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.sentiment.polarity.Sentiment;
import dev.kefu.text.detect.LanguageDetector;
import dev.kefu.text.script.ChineseScript;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole conversations through the engine with the shipped sentiment model, in three scripts: a
 * polite or neutral customer is never handed off on sentiment, one who grows angrier is handed off
 * with {@link HandoffReason#SENTIMENT_TREND}. Intents read nothing and misses never hand off here,
 * so only the sentiment can.
 */
class SentimentHandoffTest {

    private static final KnowledgeBase KB = KnowledgeBase.builder().entries(TestKnowledgeBases.shop()).build();
    private static final ChineseScript SCRIPT = ChineseScript.load();
    private static final LanguageDetector DETECTOR = LanguageDetector.load(SCRIPT);
    private static final PolicySettings NO_FALLBACK_HANDOFF = new PolicySettings(
            PolicySettings.DEFAULTS.negativeSentiment(), PolicySettings.DEFAULTS.sentimentTrend(),
            PolicySettings.DEFAULTS.repeatedNegatives(), PolicySettings.DEFAULTS.negativeWindow(), 1_000, 3);

    private static final List<String> POLITE_ZH = List.of(
            "你好", "我想问一下我上周买的外套什么时候发货", "订单号是20231125001", "好的，那大概几天能到？",
            "可以帮我把收货地址改一下吗", "新地址是上海市浦东新区世纪大道100号", "麻烦了，谢谢",
            "另外这件外套如果不合适可以换大一码吗", "好的，我知道了", "非常感谢，辛苦了");
    private static final List<String> NEUTRAL_ZH = List.of(
            "在吗", "我要退货", "买完降价了能退差价吗", "退货运费谁出", "退款多久到账", "发票怎么开",
            "收货人写错了怎么改", "能不能送到公司", "周末发货吗", "好的");
    private static final List<String> POLITE_EN = List.of(
            "hi there", "when will the jacket I ordered last week ship?", "the order number is 20231125001",
            "ok, roughly how many days will delivery take?", "could you change my delivery address please",
            "the new address is 100 Century Avenue, Shanghai", "thanks for your help",
            "also, can I swap it for a larger size if it doesn't fit?", "alright, understood",
            "thank you very much, have a nice day");
    private static final List<String> NEUTRAL_EN = List.of(
            "hello", "I want to return an item", "the price dropped after I bought it, can I get the difference back?",
            "who pays for return shipping", "how long does a refund take", "how do I get an invoice",
            "I typed the recipient's name incorrectly, how do I fix it", "can you deliver to my office",
            "do you ship on weekends", "ok");
    private static final List<String> ANGRIER_ZH = List.of(
            "你好，我的快递到哪了", "怎么还没到？都三天了", "到底什么时候能到？？", "一直没人给我个说法，我很失望",
            "再这样我就不买了");
    private static final List<String> ANGRIER_EN = List.of(
            "hi, where is my parcel", "why hasn't it arrived yet? it's been three days", "how much longer do I have to wait???",
            "nobody gives me a straight answer, I'm really disappointed", "this is the last time I order here");

    @TempDir
    Path dir;
    private JournalConversationStore store;
    private Engine engine;

    @BeforeEach
    void start() {
        store = JournalConversationStore.open(dir);
        engine = Engine.builder().store(store).knowledgeBase(KB).languageDetector(DETECTOR)
                .intentClassifier((message, language) -> Intent.none()).policySettings(NO_FALLBACK_HANDOFF).build();
    }

    @AfterEach
    void stop() {
        store.close();
    }

    private List<TurnResult> converse(String user, List<String> messages) {
        List<TurnResult> results = new ArrayList<>();
        for (String text : messages) {
            TurnResult result = engine.handle(new InboundMessage("web", user, null, text, null, Instant.now()));
            results.add(result);
            if (result.state() != ConversationState.BOT) {
                break;
            }
        }
        return results;
    }

    static Stream<Arguments> politeConversations() {
        UnaryOperator<List<String>> traditional = messages -> messages.stream().map(SCRIPT::toTraditional).toList();
        return Stream.of(
                Arguments.of("zh-Hans polite", POLITE_ZH), Arguments.of("zh-Hant polite", traditional.apply(POLITE_ZH)),
                Arguments.of("en polite", POLITE_EN), Arguments.of("zh-Hans neutral", NEUTRAL_ZH),
                Arguments.of("zh-Hant neutral", traditional.apply(NEUTRAL_ZH)), Arguments.of("en neutral", NEUTRAL_EN));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("politeConversations")
    void neverHandsOffAPoliteOrNeutralCustomer(String name, List<String> messages) {
        List<TurnResult> results = converse(name, messages);
        assertThat(results).hasSize(10).allSatisfy(r -> {
            assertThat(r.state()).isEqualTo(ConversationState.BOT);
            assertThat(r.analysis().handoffReason()).isNull();
            assertThat(r.analysis().sentiment().label()).isNotEqualTo(Sentiment.Label.NEGATIVE);
        });
        assertThat(results.get(9).analysis().sentimentTrend().mean()).isGreaterThan(-0.2);
    }

    static Stream<Arguments> angrierConversations() {
        return Stream.of(Arguments.of("zh-Hans", ANGRIER_ZH),
                Arguments.of("zh-Hant", ANGRIER_ZH.stream().map(SCRIPT::toTraditional).toList()), Arguments.of("en", ANGRIER_EN));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("angrierConversations")
    void handsOffACustomerGettingAngrierOnTheTrend(String name, List<String> messages) {
        List<TurnResult> results = converse(name, messages);
        TurnResult last = results.get(results.size() - 1);
        assertThat(last.state()).as("handed off by the end").isEqualTo(ConversationState.QUEUED);
        assertThat(last.analysis().handoffReason()).isEqualTo(HandoffReason.SENTIMENT_TREND);
        // the first question is neutral, one negative message alone is no trend, the second in a row is
        assertThat(results).hasSize(3);
        assertThat(results.get(0).analysis().sentiment().label()).isEqualTo(Sentiment.Label.NEUTRAL);
        assertThat(last.analysis().sentimentTrend().mean()).isLessThanOrEqualTo(NO_FALLBACK_HANDOFF.sentimentTrend());
        assertThat(store.find(last.conversationId()).orElseThrow().handoffReason()).isEqualTo(HandoffReason.SENTIMENT_TREND);
    }

    @Test
    void aConversationReturnedToTheBotStartsItsTrendAgain() {
        List<TurnResult> results = converse("back", ANGRIER_EN);
        String id = results.get(results.size() - 1).conversationId();
        engine.transition(id, ConversationCommand.RETURN_TO_BOT, "agent", null);
        assertThat(store.find(id).orElseThrow().sentimentTrend().messages()).isZero();
        TurnResult next = engine.handle(new InboundMessage("web", "back", id, "it still hasn't arrived", null, Instant.now()));
        assertThat(next.analysis().sentiment().label()).isEqualTo(Sentiment.Label.NEGATIVE);
        assertThat(next.state()).isEqualTo(ConversationState.BOT);
    }

    @Test
    void aNegativeMessageThatRepeatsHandsOffEvenWhenTheMeanRecovers() {
        List<TurnResult> results = converse("repeat", List.of("still not working", "thanks", "still broken, useless", "it still doesn't work"));
        TurnResult last = results.get(results.size() - 1);
        assertThat(last.analysis().handoffReason()).isEqualTo(HandoffReason.SENTIMENT_TREND);
    }
}
