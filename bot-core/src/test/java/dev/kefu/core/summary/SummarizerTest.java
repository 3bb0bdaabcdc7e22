package dev.kefu.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.conversation.Conversation;
import dev.kefu.core.conversation.ConversationEvent;
import dev.kefu.core.conversation.EventKind;
import dev.kefu.core.conversation.HandoffReason;
import dev.kefu.core.conversation.MessageSentiment;
import dev.kefu.core.summary.ConversationSummary.Trend;
import dev.kefu.intents.entities.EntityExtractor;
import dev.kefu.sentiment.polarity.Emotion;
import dev.kefu.sentiment.polarity.Sentiment;
import dev.kefu.text.script.ChineseScript;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The extractive summary an agent reads, from stored (redacted) events, in zh-Hans, zh-Hant and en. */
class SummarizerTest {

    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    private final Summarizer summarizer = new Summarizer(new EntityExtractor(), ChineseScript.load());

    /** A conversation's events, numbered as the engine numbers them. */
    private static final class Events {
        private final List<ConversationEvent> events = new ArrayList<>();

        Events() {
            add(EventKind.OPENED, "customer", null, Map.of("channel", "web", "userId", "u1"));
        }

        Events customer(String text, String language, String intent, double sentiment) {
            Map<String, String> data = new HashMap<>(MessageSentiment.data(new Sentiment(sentiment,
                    Sentiment.labelOf(sentiment, 0.2), sentiment < -0.5 ? Emotion.ANGER : Emotion.NONE)));
            data.put("language", language);
            data.put("intent", intent);
            return add(EventKind.CUSTOMER_MESSAGE, "customer", text, data);
        }

        Events bot(String type, String faqId) {
            Map<String, String> data = new HashMap<>(Map.of("type", type));
            if (faqId != null) {
                data.put("faqId", faqId);
            }
            if (type.equals("fallback")) {
                data.put(Conversation.FALLBACK_DATA, "true");
            }
            return add(EventKind.BOT_REPLY, "bot", "…", data);
        }

        Events handOff(HandoffReason reason) {
            return add(EventKind.STATE_CHANGED, "bot", null, Map.of("from", "BOT", "to", "QUEUED", "command", "HAND_OFF",
                    "reason", reason.name()));
        }

        private Events add(EventKind kind, String actor, String text, Map<String, String> data) {
            events.add(new ConversationEvent("c1", events.size() + 1, T0.plusSeconds(events.size()), kind, actor, text, data));
            return this;
        }

        ConversationSummary summarize(Summarizer summarizer) {
            return summarizer.summarize(Conversation.replay(events), events);
        }
    }

    @Test
    void summarizesASimplifiedChineseComplaint() {
        ConversationSummary summary = new Events()
                .customer("你好", "zh-Hans", "greet", 0.3).bot("smalltalk", null)
                .customer("我要退货", "zh-Hans", "refund_request", -0.1).bot("answer", "returns")
                .customer("订单号 A20260301 三天了还没退款，电话 [PHONE]", "zh-Hans", "none", -0.5).bot("fallback", null)
                .customer("太过分了，我要投诉！", "zh-Hans", "complaint", -0.9).handOff(HandoffReason.COMPLAINT)
                .summarize(summarizer);
        assertThat(summary.language()).isEqualTo("zh-Hans");
        assertThat(summary.handoffReason()).isEqualTo(HandoffReason.COMPLAINT);
        assertThat(summary.intents()).containsExactly("greet", "refund_request", "complaint");
        assertThat(summary.answeredFaqIds()).containsExactly("returns");
        assertThat(summary.fallbacks()).isEqualTo(1);
        assertThat(summary.entities()).containsExactly("ORDER_NUMBER A20260301", "PHONE");
        assertThat(summary.trend()).isEqualTo(Trend.WORSENING);
        assertThat(summary.sentiment()).isNegative();
        assertThat(summary.keyMessages()).containsExactly("我要退货", "订单号 A20260301 三天了还没退款，电话 [PHONE]", "太过分了，我要投诉！");
        assertThat(summary.text()).startsWith("转人工原因：投诉。识别意图：greet、refund_request、complaint。机器人：已回答 returns，提供候选 0 次，未能回答 1 次。")
                .contains("情绪：负面", "趋势：变差", "订单号 A20260301", "手机号（已隐藏）", "客户要点：“我要退货”")
                .doesNotContain("你好");
    }

    @Test
    void summarizesInTraditionalChineseAndQuotesTheCustomerAsTheyWrote() {
        ConversationSummary summary = new Events()
                .customer("運費怎麼算", "zh-Hant", "none", 0.0).bot("suggestions", null)
                .customer("我想問運費", "zh-Hant", "none", 0.0).bot("fallback", null)
                .customer("還是不懂", "zh-Hant", "none", -0.3).bot("fallback", null).handOff(HandoffReason.REPEATED_FALLBACK)
                .summarize(summarizer);
        assertThat(summary.language()).isEqualTo("zh-Hant");
        assertThat(summary.suggestionsOffered()).isEqualTo(1);
        assertThat(summary.fallbacks()).isEqualTo(2);
        assertThat(summary.text()).startsWith("轉人工原因：機器人多次無法回答。機器人：未給出答案，提供候選 1 次，未能回答 2 次。")
                .contains("客戶要點：", "“運費怎麼算”", "“還是不懂”");
    }

    @Test
    void summarizesInEnglish() {
        ConversationSummary summary = new Events()
                .customer("where is my order #AB123456? it's been a week", "en", "order_status", -0.4).bot("answer", "order-status")
                .customer("that doesn't help, I want a person", "en", "ask_human", -0.6).handOff(HandoffReason.USER_REQUEST)
                .summarize(summarizer);
        assertThat(summary.language()).isEqualTo("en");
        assertThat(summary.keyMessages()).hasSize(2);
        assertThat(summary.text()).startsWith("Handed off: user request. Intents: order_status, ask_human. Bot: answered order-status, "
                        + "offered choices 0×, could not answer 0×. Sentiment: negative")
                .contains("order number AB123456", "Customer said: \"where is my order #AB123456? it's been a week\"");
    }

    @Test
    void anEmptyOrHostileConversationStillSummarizes() {
        String hostile = "<script>alert(1)</script>" + "长".repeat(500);
        ConversationSummary summary = new Events().customer(hostile, "und", "none", 0).summarize(summarizer);
        assertThat(summary.language()).isEqualTo("en");
        assertThat(summary.keyMessages()).singleElement().asString().hasSize(Summarizer.MAX_QUOTE + 1).endsWith("…");
        assertThat(new Events().summarize(summarizer).text()).isEqualTo("Bot: gave no answer, offered choices 0×, could not answer 0×. "
                + "Sentiment: neutral (0.00), steady.");
    }
}
