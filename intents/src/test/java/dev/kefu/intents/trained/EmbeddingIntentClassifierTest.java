package dev.kefu.intents.trained;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.intents.Intent;
import dev.kefu.text.Language;
import dev.kefu.text.embed.Embeddings;
import dev.kefu.text.embed.LanguageFamily;
import dev.kefu.text.script.ChineseScript;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmbeddingIntentClassifierTest {

    private static final String OOS = "oos";
    private static Embeddings embeddings;
    private static EmbeddingIntentClassifier classifier;

    @BeforeAll
    static void train() {
        embeddings = Embeddings.onnx(ChineseScript.load());
        List<LabeledText> examples = new ArrayList<>();
        add(examples, "refund_request", "我要退款", "请把钱退给我", "申请退款", "这个订单能退款吗", "退款怎么申请", "不想要了，给我退钱",
                "I want a refund", "please give me my money back", "can I get a refund for this order", "refund me",
                "how do I request a refund", "I'd like to be reimbursed");
        add(examples, "order_status", "我的快递到哪了", "订单什么时候发货", "查一下物流", "包裹还没到", "我的订单状态", "什么时候能送到",
                "where is my package", "has my order shipped", "track my order", "when will my parcel arrive",
                "what is the status of my order", "my delivery is late");
        add(examples, "greet", "你好", "您好", "在吗", "早上好", "哈喽", "嗨",
                "hello", "hi there", "good morning", "hey", "hi", "good evening");
        add(examples, OOS, "今天天气怎么样", "给我讲个笑话", "北京的人口有多少", "推荐一部电影",
                "what is the capital of France", "tell me a joke", "how tall is mount everest", "play some music",
                "who won the world cup", "what's the weather tomorrow");
        classifier = EmbeddingIntentClassifier.train(embeddings, examples, OOS);
    }

    private static void add(List<LabeledText> examples, String label, String... texts) {
        for (String text : texts) {
            examples.add(new LabeledText(text, label));
        }
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({
        "钱能退回来吗,refund_request",
        "錢能退回來嗎,refund_request",
        "I need my money returned,refund_request",
        "快递怎么还没到,order_status",
        "快遞怎麼還沒到,order_status",
        "where's my order,order_status",
        "你好呀,greet",
        "hello!,greet",
    })
    void readsTheIntentInEveryScript(String text, String intent) {
        Intent read = classifier.classify(text, Language.UNDETERMINED);
        assertThat(read.name()).isEqualTo(intent);
        assertThat(read.confidence()).isBetween(classifier.threshold(LanguageFamily.ofQuery(text)), 1.0);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"明天会下雨吗", "明天會下雨嗎"})
    void saysNoneForWhatItWasNotTaught(String text) {
        assertThat(classifier.classify(text, Language.UNDETERMINED).name()).isEqualTo(Intent.NONE);
    }

    @Test
    void isLessSureOfUnrelatedMessages() {
        // with ten out-of-scope examples the threshold turns away six of them: a new one may pass,
        // but never with the confidence of a message like those it was taught
        double unrelated = classifier.classify("will it rain in Paris tomorrow", Language.EN).confidence();
        double related = classifier.classify("where's my order", Language.EN).confidence();
        assertThat(unrelated).isLessThan(related);
    }

    @Test
    void needsInScopeExamples() {
        assertThatThrownBy(() -> EmbeddingIntentClassifier.train(embeddings, List.of(new LabeledText("天气", OOS)), OOS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutOutOfScopeExamplesEveryMessageGetsAnIntent() {
        EmbeddingIntentClassifier closed = EmbeddingIntentClassifier.train(embeddings, List.of(
                new LabeledText("hello", "greet"), new LabeledText("你好", "greet"),
                new LabeledText("where is my package", "order_status"), new LabeledText("我的快递到哪了", "order_status")), null);
        assertThat(closed.threshold(LanguageFamily.ENGLISH)).isZero();
        assertThat(closed.classify("what is the capital of France", Language.EN).name()).isNotEqualTo(Intent.NONE);
    }
}
