package dev.kefu.intents.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.intents.FallbackIntentClassifier;
import dev.kefu.intents.Intent;
import dev.kefu.intents.IntentClassifier;
import dev.kefu.intents.domain.DomainIntents.Source;
import dev.kefu.text.Language;
import dev.kefu.text.embed.Embeddings;
import dev.kefu.text.script.ChineseScript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomainIntentsTest {

    private static final String EXAMPLES = """
            text,label
            我想办一张信用卡,credit_card
            信用卡怎么申请,credit_card
            申请信用卡要什么材料,credit_card
            我能办信用卡吗,credit_card
            I want to apply for a credit card,credit_card
            how do I get a credit card,credit_card
            credit card application,credit_card
            can I open a credit card with you,credit_card
            我的卡被吞了,card_swallowed
            取款机把卡吞了,card_swallowed
            ATM吞卡了怎么办,card_swallowed
            卡吃进去了,card_swallowed
            the ATM ate my card,card_swallowed
            my card got stuck in the machine,card_swallowed
            the cash machine kept my card,card_swallowed
            ATM swallowed my card,card_swallowed
            今天天气怎么样,oos
            给我讲个笑话,oos
            what is the capital of France,oos
            tell me a joke,oos
            """;

    private static Embeddings embeddings;
    private static ChineseScript script;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        script = ChineseScript.load();
        embeddings = Embeddings.shared();
    }

    private DomainIntents domain() {
        return new DomainIntents(embeddings, script, "oos");
    }

    private Path examples(String csv) throws IOException {
        return Files.writeString(dir.resolve("intents.csv"), csv, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({"怎么办信用卡,credit_card", "怎麼辦信用卡,credit_card", "how can I get a credit card,credit_card",
        "取款机吞了我的卡,card_swallowed", "提款機吞了我的卡,card_swallowed", "the ATM kept my card,card_swallowed"})
    void trainsOnceAndLoadsTheCachedModelAfter(String text, String intent) throws IOException {
        Path csv = examples(EXAMPLES);
        DomainIntents.Loaded first = domain().loadOrTrain(csv, dir.resolve("cache"));
        DomainIntents.Loaded second = domain().loadOrTrain(csv, dir.resolve("cache"));

        assertThat(first.source()).isEqualTo(Source.TRAINED);
        assertThat(second.source()).isEqualTo(Source.CACHE);
        assertThat(first.classifier().classify(text, Language.UNDETERMINED).name()).isEqualTo(intent);
        assertThat(second.classifier().classify(text, Language.UNDETERMINED)).isEqualTo(first.classifier().classify(text, Language.UNDETERMINED));
    }

    @Test
    void trainsAgainWhenTheExamplesChange() throws IOException {
        Path cache = dir.resolve("cache");
        domain().loadOrTrain(examples(EXAMPLES), cache);
        DomainIntents.Loaded changed = domain().loadOrTrain(examples(EXAMPLES
                + "我要换汇,exchange\n换美元,exchange\nexchange dollars,exchange\nbuy euros,exchange\n"), cache);
        assertThat(changed.source()).isEqualTo(Source.TRAINED);
        assertThat(changed.classifier().labels().values()).allMatch(labels -> labels.contains("exchange"));
    }

    @Test
    void trainsAgainWhenTheCachedModelIsUnreadable() throws IOException {
        Path csv = examples(EXAMPLES);
        Path cache = dir.resolve("cache");
        domain().loadOrTrain(csv, cache);
        Files.writeString(cache.resolve("domain-intents.model"), "not a model");
        assertThat(domain().loadOrTrain(csv, cache).source()).isEqualTo(Source.RETRAINED_UNREADABLE_CACHE);
        assertThat(domain().loadOrTrain(csv, cache).source()).isEqualTo(Source.CACHE);
    }

    @Test
    void refusesExamplesWithoutTheirColumnsAndCachesNothing() throws IOException {
        Path csv = examples("question,answer\n信用卡,credit_card\n");
        assertThatThrownBy(() -> domain().loadOrTrain(csv, dir.resolve("cache")))
                .isInstanceOf(IOException.class).hasMessageContaining("text,label");
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void theDomainIntentsSpeakOnlyWhenTheFirstClassifierSaysNone() throws IOException {
        IntentClassifier builtIn = (text, language) -> text.startsWith("转人工") ? new Intent(Intent.ASK_HUMAN, 1) : Intent.none();
        IntentClassifier both = new FallbackIntentClassifier(builtIn, domain().loadOrTrain(examples(EXAMPLES), dir).classifier());
        assertThat(both.classify("转人工，我的卡被吞了", Language.ZH_HANS).name()).isEqualTo(Intent.ASK_HUMAN);
        assertThat(both.classify("我的卡被吞了", Language.ZH_HANS).name()).isEqualTo("card_swallowed");
    }
}
