package dev.kefu.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.core.admission.RateLimitedException;
import dev.kefu.core.admission.TokenBucketRateLimiter;
import dev.kefu.core.conversation.ConversationCommand;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.ConversationState;
import dev.kefu.core.conversation.HandoffReason;
import dev.kefu.core.message.InboundMessage;
import dev.kefu.core.message.ReplyType;
import dev.kefu.core.message.TurnResult;
import dev.kefu.core.store.journal.JournalConversationStore;
import dev.kefu.intents.Intent;
import dev.kefu.intents.builtin.BuiltInIntents;
import dev.kefu.kb.TestKnowledgeBases;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.sentiment.trained.TrainedSentimentAnalyzer;
import dev.kefu.text.detect.LanguageDetector;
import dev.kefu.text.embed.CountingEmbeddingModel;
import dev.kefu.text.embed.Embeddings;
import dev.kefu.text.script.ChineseScript;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngineTest {

    private static final KnowledgeBase KB = KnowledgeBase.builder().entries(TestKnowledgeBases.shop()).build();
    private static final LanguageDetector DETECTOR = LanguageDetector.load(ChineseScript.load());

    @TempDir
    Path dir;
    private JournalConversationStore store;
    private Engine engine;

    @BeforeEach
    void start() {
        store = JournalConversationStore.open(dir);
        engine = Engine.builder().store(store).knowledgeBase(KB).languageDetector(DETECTOR).build();
    }

    @AfterEach
    void stop() {
        store.close();
    }

    private TurnResult say(String user, String text) {
        return engine.handle(new InboundMessage("web", user, null, text, null, Instant.now()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(value = {"'\u200b\u200b'", "'\u0000\u0007'", "'\u3000\u3000'", "'  '"})
    void aMessageWithNothingToReadGetsTheFallbackInsteadOfAnError(String text) {
        TurnResult result = say("nothing-" + text.hashCode(), text);
        assertThat(result.state()).isEqualTo(ConversationState.BOT);
        assertThat(result.analysis().sentiment().label()).isEqualTo(dev.kefu.sentiment.polarity.Sentiment.Label.NEUTRAL);
        assertThat(result.analysis().intent().name()).isEqualTo(Intent.NONE);
        assertThat(result.replies()).singleElement().satisfies(r -> assertThat(r.type()).isEqualTo(ReplyType.FALLBACK));
    }

    @Test
    void aTurnEmbedsItsMessageOnceForTheIntentsTheSentimentAndTheSearch() {
        ChineseScript script = ChineseScript.load();
        CountingEmbeddingModel chinese = new CountingEmbeddingModel(1, 512);
        CountingEmbeddingModel english = new CountingEmbeddingModel(2, 384);
        Embeddings counted = new Embeddings(chinese, english, script);
        Engine embedding = Engine.builder().store(store).languageDetector(DETECTOR)
                .knowledgeBase(KnowledgeBase.builder().entries(TestKnowledgeBases.shop()).chineseScript(script).embeddings(counted).build())
                .intentClassifier(BuiltInIntents.train(counted, script))
                .sentimentAnalyzer(TrainedSentimentAnalyzer.shipped(counted))
                .build();
        chinese.forget();
        english.forget();
        int user = 0;
        for (String text : new String[] {"运费多少钱", "運費多少錢", "what is the shipping cost"}) {
            TurnResult result = embedding.handle(new InboundMessage("web", "embedded-" + user++, null, text, null, Instant.now()));
            assertThat(result.state()).isEqualTo(ConversationState.BOT);
        }
        assertThat(chinese.seen()).containsExactly("运费多少钱", "运费多少钱");
        assertThat(english.seen()).containsExactly("what is the shipping cost");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "我要退货,returns,zh-Hans,签收后7天内",
        "我要退貨,returns,zh-Hant,簽收後7天內",
        "I want to return something,returns,en,within 7 days",
        "运费多少钱,shipping-fee,zh-Hans,满99元包邮",
        "運費多少錢,shipping-fee,zh-Hant,滿99元包郵",
        "what is the shipping cost,shipping-fee,en,free over $15",
    })
    void answersInTheCustomersLanguageAndScript(String text, String faqId, String language, String answerPart) {
        TurnResult result = say("u1", text);
        assertThat(result.state()).isEqualTo(ConversationState.BOT);
        assertThat(result.analysis().language()).isEqualTo(language);
        assertThat(result.replies()).singleElement().satisfies(r -> {
            assertThat(r.type()).isIn(ReplyType.ANSWER, ReplyType.SUGGESTIONS);
            if (r.type() == ReplyType.ANSWER) {
                assertThat(r.faqId()).isEqualTo(faqId);
                assertThat(r.text()).contains(answerPart);
            }
        });
    }

    @Test
    void aMessageBothScriptsWriteAlikeKeepsTheConversationsScript() {
        String id = say("u1", "運費多少錢").conversationId();
        TurnResult result = engine.handle(new InboundMessage("web", "u1", id, "那我要退货", null, Instant.now()));
        assertThat(result.analysis().language()).isEqualTo("zh-Hans");
        String hant = say("u2", "運費多少錢").conversationId();
        TurnResult neutral = engine.handle(new InboundMessage("web", "u2", hant, "退款多久能回到我卡上", null, Instant.now()));
        assertThat(neutral.analysis().language()).isEqualTo("zh-Hant");
        assertThat(say("u3", "退款多久能回到我卡上").analysis().language()).isEqualTo("zh-Hans");
        String english = say("u4", "what is the shipping cost").conversationId();
        TurnResult chinese = engine.handle(new InboundMessage("web", "u4", english, "退款多久能回到我卡上", null, Instant.now()));
        assertThat(chinese.analysis().language()).isEqualTo("zh-Hans");
    }

    /**
     * One Latin word ("ok", "thx", "thanks", "yyds", "nb"), which Chinese customers type too, keeps
     * the conversation's Chinese and its script; a sentence of English words, or such a word
     * opening a conversation, is English.
     */
    @ParameterizedTest(name = "[{index}] {0} after {1}")
    @CsvSource({
        "ok, 運費多少錢, zh-Hant",
        "OK, 运费多少钱, zh-Hans",
        "thx, 运费多少钱, zh-Hans",
        "yyds, 運費多少錢, zh-Hant",
        "nb, 运费多少钱, zh-Hans",
        "thanks, 運費多少錢, zh-Hant",
        "refund?, 运费多少钱, zh-Hans",
    })
    void oneLatinWordKeepsAChineseConversationsLanguageAndScript(String text, String first, String language) {
        String id = say("u1", first).conversationId();
        TurnResult result = engine.handle(new InboundMessage("web", "u1", id, text, null, Instant.now()));
        assertThat(result.analysis().language()).isEqualTo(language);
        assertThat(result.replies().get(0).text()).containsPattern("\\p{IsHan}");
        assertThat(say("u2", text).analysis().language()).isEqualTo("en");
        TurnResult english = engine.handle(new InboundMessage("web", "u1", id, "ok, where is my order", null, Instant.now()));
        assertThat(english.analysis().language()).isEqualTo("en");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"转人工", "轉人工", "我要找人工客服", "talk to a human", "Can I speak to an agent?"})
    void handsOffWhenAskedForAPerson(String text) {
        TurnResult result = say("u1", text);
        assertThat(result.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(result.analysis().handoffReason()).isEqualTo(HandoffReason.USER_REQUEST);
        assertThat(result.replies()).singleElement().satisfies(r -> assertThat(r.type()).isEqualTo(ReplyType.HANDOFF));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "我要投诉你们的快递员,很抱歉", "我要投訴你們的快遞員,很抱歉", "I want to file a complaint about your courier,sorry",
        "你们太差了，气死我了！！,很抱歉", "你們太差了，氣死我了！！,很抱歉", "'This is the WORST service, absolutely terrible!!',sorry",
    })
    void handsOffAComplaintWithAnApology(String text, String apology) {
        TurnResult result = say("u1", text);
        assertThat(result.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(result.analysis().handoffReason()).isEqualTo(HandoffReason.COMPLAINT);
        assertThat(result.replies()).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(ReplyType.HANDOFF);
            assertThat(r.text()).contains(apology);
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"你们太差了，气死我了！！", "你們太差了，氣死我了！！", "'This is the WORST service, absolutely terrible!!'"})
    void handsOffAnAngryCustomerOnSentimentAlone(String text) {
        Engine withoutIntents = Engine.builder().store(store).knowledgeBase(KB).languageDetector(DETECTOR)
                .intentClassifier((message, language) -> Intent.none()).build();
        TurnResult result = withoutIntents.handle(new InboundMessage("web", "u1", null, text, null, Instant.now()));
        assertThat(result.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(result.analysis().handoffReason()).isEqualTo(HandoffReason.NEGATIVE_SENTIMENT);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"你个蠢猪，听不懂人话", "你這個白癡機器人", "you stupid bot"})
    void handsOffAbuse(String text) {
        TurnResult result = say("u1", text);
        assertThat(result.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(result.analysis().handoffReason()).isEqualTo(HandoffReason.ABUSE);
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @CsvSource({"你们卖二手相机吗,可以用比特币付款吗", "你們賣二手相機嗎,可以用比特幣付款嗎", "do you sell used cameras,can I pay with bitcoin"})
    void saysItDoesNotKnowThenHandsOffAfterTwoMisses(String first, String second) {
        TurnResult miss = say("u1", first);
        assertThat(miss.replies()).singleElement().satisfies(r -> assertThat(r.type()).isEqualTo(ReplyType.FALLBACK));
        assertThat(miss.state()).isEqualTo(ConversationState.BOT);
        TurnResult again = say("u1", second);
        assertThat(again.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(again.analysis().handoffReason()).isEqualTo(HandoffReason.REPEATED_FALLBACK);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"你好", "您好！", "hello", "thanks!", "谢谢", "謝謝", "谢谢你的帮助", "謝謝你的幫忙", "thank you so much for your help"})
    void answersSmallTalkWithoutSearchingOrHandingOff(String text) {
        TurnResult result = say("u1", text);
        assertThat(result.state()).isEqualTo(ConversationState.BOT);
        assertThat(result.analysis().handoffReason()).isNull();
        assertThat(result.replies()).singleElement().satisfies(r -> assertThat(r.type()).isEqualTo(ReplyType.SMALLTALK));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"今天天气怎么样,闲聊", "今天天氣怎麼樣,閒聊", "tell me a joke,small talk"})
    void steersChitchatBackToWhatItCanDoAndDoesNotCountItAsAMiss(String text, String reply) {
        for (int i = 0; i < 3; i++) {
            TurnResult result = say("u1", text);
            assertThat(result.state()).isEqualTo(ConversationState.BOT);
            assertThat(result.analysis().intent().name()).isEqualTo(Intent.CHITCHAT);
            assertThat(result.replies()).singleElement().satisfies(r -> {
                assertThat(r.type()).isEqualTo(ReplyType.SMALLTALK);
                assertThat(r.text()).contains(reply);
            });
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"你好，运费怎么算,none", "你好，我的快递到哪了,order_status", "'hi, how much is shipping?',none"})
    void aGreetingBeforeAQuestionLetsTheKnowledgeBaseAnswer(String text, String intent) {
        TurnResult result = say("u1", text);
        assertThat(result.replies()).singleElement().satisfies(r -> assertThat(r.type()).isNotEqualTo(ReplyType.SMALLTALK));
        assertThat(result.analysis().intent().name()).isIn(intent, "faq");
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({"我要退款,refund_request", "取消訂單,cancel_order", "where is my order,order_status", "好的,affirm", "no,deny"})
    void reportsTheIntentsTheKnowledgeBaseServes(String text, String intent) {
        TurnResult result = say("u1", text);
        assertThat(result.analysis().intent().name()).isEqualTo(intent);
        assertThat(result.analysis().handoffReason()).isNull();
        assertThat(result.replies()).singleElement().satisfies(r -> assertThat(r.type()).isNotEqualTo(ReplyType.SMALLTALK));
    }

    @Test
    void whileQueuedTheCustomerIsToldTheirPlaceAndTheBotStaysQuiet() {
        say("u1", "转人工");
        TurnResult waiting = say("u1", "怎么退货");
        assertThat(waiting.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(waiting.replies()).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(ReplyType.SYSTEM);
            assertThat(r.text()).contains("第 1 位");
        });
    }

    @Test
    void anAgentCanReturnTheConversationToTheBotAndResolveIt() {
        String id = say("u1", "talk to a human").conversationId();
        engine.transition(id, ConversationCommand.ASSIGN, "agent-1", null);
        engine.transition(id, ConversationCommand.RETURN_TO_BOT, "agent-1", null);
        assertThat(say("u1", "how much is shipping?").replies().get(0).type()).isEqualTo(ReplyType.ANSWER);
        engine.transition(id, ConversationCommand.RESOLVE, "agent-1", "done");
        TurnResult next = say("u1", "hello again");
        assertThat(next.conversationId()).isNotEqualTo(id);
        assertThat(next.state()).isEqualTo(ConversationState.BOT);
    }

    @Test
    void continuesTheNamedConversationButNeverAnotherUsersOne() {
        String mine = say("u1", "hello").conversationId();
        assertThat(engine.handle(new InboundMessage("web", "u1", mine, "how much is shipping?", null, Instant.now()))
                .conversationId()).isEqualTo(mine);
        String theirs = engine.handle(new InboundMessage("web", "intruder", mine, "show me", null, Instant.now()))
                .conversationId();
        assertThat(theirs).isNotEqualTo(mine);
        assertThat(store.events(mine)).noneMatch(e -> "show me".equals(e.text()));
    }

    @Test
    void storesPersonalDataRedacted() {
        String id = say("u1", "我的手机号是13812345678，邮箱 li.lei@example.com，退款多久到账").conversationId();
        assertThat(store.events(id)).map(ConversationEvent::text).filteredOn(t -> t != null && t.contains("退款"))
                .singleElement().satisfies(t -> {
                    assertThat(t).doesNotContain("13812345678").doesNotContain("li.lei@example.com");
                    assertThat(t).contains("[PHONE]").contains("[EMAIL]");
                });
    }

    @Test
    void aRedeliveredPlatformMessageGetsTheFirstResultOnce() {
        InboundMessage message = new InboundMessage("telegram", "u9", null, "怎么退货", "update-42", Instant.now());
        TurnResult first = engine.handle(message);
        TurnResult second = engine.handle(message);
        assertThat(second).isEqualTo(first);
        assertThat(store.events(first.conversationId())).filteredOn(e -> "怎么退货".equals(e.text())).hasSize(1);
    }

    @Test
    void aMessageWhoseHandlingFailedIsHandledWhenRedelivered() {
        boolean[] refused = {false};
        Engine refusingOnce = Engine.builder().store(store).knowledgeBase(KB).languageDetector(DETECTOR)
                .rateLimiter(sender -> {
                    boolean first = !refused[0];
                    refused[0] = true;
                    return first ? Optional.of(Duration.ofSeconds(1)) : Optional.empty();
                }).build();
        InboundMessage message = new InboundMessage("telegram", "u9", null, "怎么退货", "update-43", Instant.now());
        assertThatThrownBy(() -> refusingOnce.handle(message)).isInstanceOf(RateLimitedException.class);
        TurnResult handled = refusingOnce.handle(message);
        assertThat(store.events(handled.conversationId())).filteredOn(e -> "怎么退货".equals(e.text())).hasSize(1);
    }

    @Test
    void refusesAFloodFromOneSenderButNotFromOthers() {
        Engine strict = Engine.builder().store(store).knowledgeBase(KB).languageDetector(DETECTOR)
                .rateLimiter(new TokenBucketRateLimiter(3, 6, Clock.systemUTC())).build();
        for (int i = 0; i < 3; i++) {
            strict.handle(new InboundMessage("web", "flooder", null, "hi " + i, null, Instant.now()));
        }
        assertThatThrownBy(() -> strict.handle(new InboundMessage("web", "flooder", null, "hi", null, Instant.now())))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryAfter()).isPositive());
        assertThat(strict.handle(new InboundMessage("web", "calm", null, "hi", null, Instant.now())).replies()).isNotEmpty();
    }
}
