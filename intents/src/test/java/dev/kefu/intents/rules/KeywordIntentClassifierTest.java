package dev.kefu.intents.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.text.Language;
import dev.kefu.text.script.ChineseScript;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeywordIntentClassifierTest {

    private final KeywordIntentClassifier classifier = new KeywordIntentClassifier(ChineseScript.load());

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiterString = "=>", value = {
        "转人工 => ask_human", "轉人工 => ask_human", "我要人工客服 => ask_human", "帮我找客服 => ask_human",
        "talk to a human => ask_human", "Can I speak with a real person? => ask_human", "agent => ask_human",
        "你好 => greet", "您好！ => greet", "在吗？ => greet", "hello => greet", "Hi there => greet",
        "谢谢 => thanks", "謝謝你 => thanks", "thanks a lot! => thanks", "Thank you => thanks",
        "再见 => goodbye", "再見 => goodbye", "bye => goodbye",
        // greetings inside a question leave it to the knowledge base
        "你好，我的快递到哪了 => none", "hi, where is my order? => none", "this is broken => none",
        "人工智能是什么 => none", "what is the delivery time => none",
    })
    void classifies(String text, String intent) {
        Language language = text.chars().anyMatch(c -> c > 0x2E80) ? Language.ZH_HANS : Language.EN;
        assertThat(classifier.classify(text, language).name()).isEqualTo(intent);
    }
}
