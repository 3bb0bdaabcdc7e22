package dev.kefu.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.intents.IntentClassifier;
import dev.kefu.intents.trained.TrainedIntentClassifier;
import dev.kefu.text.Language;
import dev.kefu.text.embed.Embeddings;
import dev.kefu.text.learn.LabeledText;
import dev.kefu.text.script.ChineseScript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code kefu.intents.model}: a model saved by {@code kefu train intents}, read after the built-in intents. */
class IntentClassifierConfigurationTest {

    private static ChineseScript script;
    private static Embeddings embeddings;
    private static IntentClassifier withSavedModel;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws IOException {
        script = ChineseScript.load();
        embeddings = Embeddings.shared();
        List<LabeledText> examples = new ArrayList<>();
        for (String text : List.of("我的卡被吞了", "取款机把卡吞了", "ATM吞卡了怎么办", "卡吃进去了",
                "the ATM ate my card", "my card got stuck in the machine", "the cash machine kept my card", "ATM swallowed my card")) {
            examples.add(new LabeledText(text, "card_swallowed"));
        }
        for (String text : List.of("我想办信用卡", "信用卡怎么申请", "办信用卡要什么材料", "能办信用卡吗",
                "I want a credit card", "how do I get a credit card", "credit card application", "apply for a credit card")) {
            examples.add(new LabeledText(text, "credit_card"));
        }
        Path model = dir.resolve("bank.model");
        TrainedIntentClassifier.builder(script).embeddings(embeddings).train(examples).save(model);
        withSavedModel = new EngineConfiguration().intentClassifier(properties(null, model), embeddings, script);
    }

    private static KefuProperties properties(Path examples, Path model) {
        Map<String, String> properties = new HashMap<>();
        properties.put("kefu.data-dir", dir.toString());
        if (examples != null) {
            properties.put("kefu.intents.path", examples.toString());
        }
        if (model != null) {
            properties.put("kefu.intents.model", model.toString());
        }
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("kefu", KefuProperties.class);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({"取款机吞了我的卡,card_swallowed", "提款機吞了我的卡,card_swallowed", "the ATM kept my card,card_swallowed",
        "转人工,ask_human", "talk to a human,ask_human"})
    void readsTheSavedModelAfterTheBuiltInIntents(String text, String intent) {
        assertThat(withSavedModel.classify(text, Language.UNDETERMINED).name()).isEqualTo(intent);
    }

    @Test
    void refusesBothExamplesAndAModel() {
        assertThatThrownBy(() -> new EngineConfiguration().intentClassifier(
                properties(dir.resolve("intents.csv"), dir.resolve("bank.model")), embeddings, script))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not both");
    }

    @Test
    void refusesAFileThatIsNotAModel() throws IOException {
        Path notAModel = Files.writeString(dir.resolve("notes.model"), "text,label\n");
        assertThatThrownBy(() -> new EngineConfiguration().intentClassifier(properties(null, notAModel), embeddings, script))
                .isInstanceOf(IOException.class);
    }
}
