package dev.kefu.kb.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.FaqVariant;
import dev.kefu.text.Language;
import dev.kefu.text.script.ChineseScript;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionSuggesterTest {

    private static final ChineseScript SCRIPT = ChineseScript.load();

    private static final List<FaqEntry> ENTRIES = List.of(
            entry("refund-time",
                    variant(Language.ZH_HANS, "退款多久到账", "钱什么时候退回来"),
                    variant(Language.EN, "How long does a refund take?", "when will I get my money back")),
            entry("refund-method",
                    variant(Language.ZH_HANS, "退款退到哪里", "退款方式"),
                    variant(Language.EN, "Where does my refund go?", "refund method")),
            entry("order-cancel",
                    variant(Language.ZH_HANS, "怎么取消订单", "不想要了能退吗"),
                    variant(Language.EN, "How do I cancel my order?", "undo my purchase")),
            entry("order-modify",
                    variant(Language.ZH_HANS, "下单后可以修改订单吗"),
                    variant(Language.EN, "Can I change my order after placing it?", "edit an order")),
            entry("shipping-fee",
                    variant(Language.ZH_HANS, "运费怎么算")),
            entry("account-login",
                    variant(Language.ZH_HANT, "帳號無法登入怎麼辦", "忘記密碼")),
            entry("iphone-repair",
                    variant(Language.ZH_HANS, "iPhone维修多少钱"),
                    variant(Language.EN, "How much is an iPhone repair?")));

    private static final QuestionSuggester SUGGESTER = QuestionSuggester.build(ENTRIES, SCRIPT);

    private static FaqEntry entry(String id, FaqVariant... variants) {
        return new FaqEntry(id, List.of(variants), List.of());
    }

    private static FaqVariant variant(Language language, String question, String... alternates) {
        return new FaqVariant(language, question, List.of(alternates), "answer");
    }

    private static List<String> render(String typed) {
        return SUGGESTER.suggest(typed, 5).stream().map(s -> s.faqId() + ":" + s.question()).toList();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // zh-Hans: one or two characters; questions that start with them first
        "退          | refund-time:退款多久到账, refund-method:退款退到哪里, order-cancel:怎么取消订单",
        "退款        | refund-time:退款多久到账, refund-method:退款退到哪里",
        "订单        | order-cancel:怎么取消订单, order-modify:下单后可以修改订单吗",
        "运          | shipping-fee:运费怎么算",
        "账号        | account-login:账号无法登录怎么办",
        "忘记        | account-login:账号无法登录怎么办",
        // zh-Hant: Traditional input matches Simplified questions and gets them in Traditional
        "運          | shipping-fee:運費怎麼算",
        "訂單        | order-cancel:怎麼取消訂單, order-modify:下單後可以修改訂單嗎",
        "帳號        | account-login:帳號無法登入怎麼辦",
        // en: a prefix of the last word, whole words before it
        "ref         | refund-method:Where does my refund go?, refund-time:How long does a refund take?",
        "How do I c  | order-cancel:How do I cancel my order?",
        "change ord  | order-modify:Can I change my order after placing it?",
        "MONEY B     | refund-time:How long does a refund take?",
        // mixed, emoji and markup
        "iPhone维    | iphone-repair:iPhone维修多少钱",
        "iphone re   | iphone-repair:How much is an iPhone repair?",
        "😊退款       | refund-time:退款多久到账, refund-method:退款退到哪里",
        "<b>退款</b>  | refund-time:退款多久到账, refund-method:退款退到哪里",
        "ｒｅｆ       | refund-method:Where does my refund go?, refund-time:How long does a refund take?",
    })
    void suggestsQuestionsInTheCustomersScript(String typed, String expected) {
        assertThat(render(typed)).containsExactly(expected.split(", "));
    }

    @Test
    void theDisplayedQuestionIsTheEntrysQuestionEvenWhenAnAlternateMatched() {
        assertThat(SUGGESTER.suggest("refund m", 5)).containsExactly(new Suggestion("refund-method", "Where does my refund go?"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "   ", "😊😊", "<br/>", "?!", "fund", "xyz", "取消了吧不要了真的", "Выход"})
    void offersNothingForTextThatMatchesNoQuestion(String typed) {
        assertThat(SUGGESTER.suggest(typed, 5)).as(typed).isEmpty();
    }

    @Test
    void offersNothingForTextLongerThanAPrefix() {
        assertThat(SUGGESTER.suggest("退".repeat(QuestionSuggester.MAX_TEXT_LENGTH), 5)).isEmpty();
        assertThat(SUGGESTER.suggest("退".repeat(QuestionSuggester.MAX_TEXT_LENGTH + 1), 5)).isEmpty();
        assertThat(SUGGESTER.suggest(null, 5)).isEmpty();
    }

    @Test
    void returnsAtMostTheLimitAndNeverMoreThanTen() {
        List<FaqEntry> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(entry("e" + i, variant(Language.EN, "Refund question " + i)));
        }
        QuestionSuggester suggester = QuestionSuggester.build(many, SCRIPT);
        assertThat(suggester.suggest("refund", 3)).hasSize(3);
        assertThat(suggester.suggest("refund", 50)).hasSize(QuestionSuggester.MAX_SUGGESTIONS);
        assertThatThrownBy(() -> suggester.suggest("refund", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyKnowledgeBaseSuggestsNothing() {
        assertThat(QuestionSuggester.build(List.of(), SCRIPT).suggest("退款", 5)).isEmpty();
    }
}
