package dev.kefu.intents.trained;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kefu.intents.Intent;
import dev.kefu.text.Language;
import dev.kefu.text.embed.CountingEmbeddingModel;
import dev.kefu.text.embed.Embeddings;
import dev.kefu.text.embed.LanguageFamily;
import dev.kefu.text.learn.LabeledText;
import dev.kefu.text.learn.LinearTextModel;
import dev.kefu.text.learn.ModelFile;
import dev.kefu.text.learn.SoftmaxRegression;
import dev.kefu.text.script.ChineseScript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainedIntentClassifierTest {

    private static final String OOS = "oos";
    private static Embeddings embeddings;
    private static ChineseScript script;
    private static List<LabeledText> examples;
    private static TrainedIntentClassifier classifier;

    @BeforeAll
    static void train() {
        script = ChineseScript.load();
        embeddings = Embeddings.shared();
        examples = new ArrayList<>();
        add(examples, "refund_request", "我要退款", "请把钱退给我", "申请退款", "这个订单能退款吗", "退款怎么申请", "不想要了，给我退钱", "可以退钱吗", "退款到账了吗",
                "I want a refund", "please give me my money back", "can I get a refund for this order", "refund me",
                "how do I request a refund", "I'd like to be reimbursed");
        add(examples, "order_status", "我的快递到哪了", "订单什么时候发货", "查一下物流", "包裹还没到", "我的订单状态", "什么时候能送到", "发货了吗", "快递到了吗",
                "where is my package", "has my order shipped", "track my order", "when will my parcel arrive",
                "what is the status of my order", "my delivery is late");
        add(examples, "greet", "你好", "您好", "在吗", "早上好", "哈喽", "嗨", "晚上好", "你好啊",
                "hello", "hi there", "good morning", "hey", "hi", "good evening");
        add(examples, OOS, "今天天气怎么样", "给我讲个笑话", "北京的人口有多少", "推荐一部电影", "你喜欢猫吗", "现在几点了",
                "what is the capital of France", "tell me a joke", "how tall is mount everest", "play some music",
                "who won the world cup", "what's the weather tomorrow");
        classifier = TrainedIntentClassifier.builder(script).embeddings(embeddings).outOfScopeLabel(OOS).train(examples);
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
    @CsvSource({"地球到月亮多远", "長城有多長"})
    void saysNoneForWhatItWasNotTaught(String text) {
        assertThat(classifier.classify(text, Language.UNDETERMINED).name()).isEqualTo(Intent.NONE);
    }

    @Test
    void isLessSureOfUnrelatedMessages() {
        // with six English out-of-scope examples the threshold turns away five of them: a new one may pass,
        // but never with the confidence of a message like those it was taught
        double unrelated = classifier.classify("will it rain in Paris tomorrow", Language.EN).confidence();
        double related = classifier.classify("where's my order", Language.EN).confidence();
        assertThat(unrelated).isLessThan(related);
    }

    @Test
    void needsInScopeExamples() {
        assertThatThrownBy(() -> TrainedIntentClassifier.builder(script).embeddings(embeddings).outOfScopeLabel(OOS)
                .train(List.of(new LabeledText("天气", OOS))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutOutOfScopeExamplesEveryMessageGetsAnIntent() {
        TrainedIntentClassifier closed = TrainedIntentClassifier.builder(script).embeddings(embeddings).train(List.of(
                new LabeledText("hello", "greet"), new LabeledText("你好", "greet"),
                new LabeledText("where is my package", "order_status"), new LabeledText("我的快递到哪了", "order_status")));
        assertThat(closed.threshold(LanguageFamily.ENGLISH)).isZero();
        assertThat(closed.classify("what is the capital of France", Language.EN).name()).isNotEqualTo(Intent.NONE);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(value = {"''", "'   '", "'\u0000\u0007'", "'\t\n'"})
    void aTextNoSentenceModelReadsIsNone(String text) {
        assertThat(classifier.classify(text, Language.UNDETERMINED).name()).isEqualTo(Intent.NONE);
        assertThat(classifier.classify(text, Language.ZH_HANS).name()).isEqualTo(Intent.NONE);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"钱能退回来吗", "錢能退回來嗎", "I need my money returned", "hello!"})
    void aSavedModelReadsAsTheTrainedOneDid(String text, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("models/intents.bin");
        classifier.save(file);
        TrainedIntentClassifier loaded = TrainedIntentClassifier.load(file, embeddings, script);
        Intent before = classifier.classify(text, Language.UNDETERMINED);
        Intent after = loaded.classify(text, Language.UNDETERMINED);
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(after.confidence()).isCloseTo(before.confidence(), within(1e-6));
        assertThat(loaded.threshold(LanguageFamily.CHINESE)).isEqualTo(classifier.threshold(LanguageFamily.CHINESE));
        assertThat(loaded.labels()).isEqualTo(classifier.labels());
    }

    @Test
    void theSentenceVectorRunsOneModelPerMessageAndASavedModelKeepsItAndItsWeight(@TempDir Path dir) throws IOException {
        AtomicInteger secondEnglishLoads = new AtomicInteger();
        Embeddings counting = new Embeddings(new CountingEmbeddingModel(1, 3), new CountingEmbeddingModel(2, 3),
                () -> { secondEnglishLoads.incrementAndGet(); return new CountingEmbeddingModel(3, 2); }, script);
        TrainedIntentClassifier sentence = TrainedIntentClassifier.builder(script).embeddings(counting)
                .vector(EmbeddingVector.SENTENCE).embeddingWeight(LanguageFamily.ENGLISH, 2).train(examples);
        Path file = dir.resolve("sentence.bin");
        sentence.save(file);
        TrainedIntentClassifier loaded = TrainedIntentClassifier.load(file, counting, script);

        for (String text : List.of("我要退款吗", "我要退款嗎", "I want a refund now", "where is my package")) {
            Intent before = sentence.classify(text, Language.UNDETERMINED);
            Intent after = loaded.classify(text, Language.UNDETERMINED);
            assertThat(after.name()).as(text).isEqualTo(before.name());
            assertThat(after.confidence()).as(text).isCloseTo(before.confidence(), within(1e-6));
        }
        assertThat(secondEnglishLoads).hasValue(0);
    }

    @Test
    void aModelOfTheFirstFormatReadsTheClassificationVector(@TempDir Path dir) throws IOException {
        CountingEmbeddingModel secondEnglish = new CountingEmbeddingModel(3, 2);
        Embeddings counting = new Embeddings(new CountingEmbeddingModel(1, 3), new CountingEmbeddingModel(2, 3),
                () -> secondEnglish, script);
        List<String> texts = List.of("refund me", "where is my package");
        float[][] dense = texts.stream().map(t -> counting.classificationVector(t, LanguageFamily.ENGLISH)).toArray(float[][]::new);
        LinearTextModel model = LinearTextModel.fit(script, texts, dense, new int[] {0, 1}, 2, true, SoftmaxRegression.Settings.DEFAULTS);
        Path file = dir.resolve("first-format.bin");
        // format 1: no vector name, no embedding weight
        ModelFile.save(file, "kefu-intents", 1, out -> {
            out.writeInt(1);
            out.writeUTF(LanguageFamily.ENGLISH.name());
            out.writeInt(2);
            out.writeUTF("refund_request");
            out.writeUTF("order_status");
            out.writeDouble(0);
            model.write(out);
        });

        TrainedIntentClassifier loaded = TrainedIntentClassifier.load(file, counting, script);

        assertThat(loaded.classify("where is my package now", Language.EN).name()).isEqualTo("order_status");
        assertThat(secondEnglish.seen()).endsWith("where is my package now");
    }

    @Test
    void refusesAFormatItDoesNotKnow(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("future.bin");
        ModelFile.save(file, "kefu-intents", TrainedIntentClassifier.FORMAT + 1, out -> out.writeInt(0));
        assertThatThrownBy(() -> TrainedIntentClassifier.load(file, embeddings, script))
                .isInstanceOf(IOException.class).hasMessageContaining("format 1 to " + TrainedIntentClassifier.FORMAT);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"0", "-1", "NaN", "Infinity"})
    void refusesAnEmbeddingWeightThatIsNotPositiveAndFinite(double weight) {
        assertThatThrownBy(() -> TrainedIntentClassifier.builder(script).embeddingWeight(LanguageFamily.CHINESE, weight))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("embedding weight");
    }

    @Test
    void refusesAFileThatIsNotAModel(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("intents.bin"), "text,label\nhello,greet\n");
        assertThatThrownBy(() -> TrainedIntentClassifier.load(text, embeddings, script)).isInstanceOf(IOException.class);
        Path truncated = dir.resolve("cut.bin");
        classifier.save(truncated);
        byte[] bytes = Files.readAllBytes(truncated);
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> TrainedIntentClassifier.load(truncated, embeddings, script)).isInstanceOf(IOException.class);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"我要退款,refund_request", "我要退款吗,refund_request", "where is my package,order_status", "hi,greet"})
    void nGramsAloneReadWordsItWasTaught(String text, String intent, @TempDir Path dir) throws IOException {
        TrainedIntentClassifier ngrams = TrainedIntentClassifier.builder(script).train(examples);
        assertThat(ngrams.classify(text, Language.UNDETERMINED).name()).isEqualTo(intent);
        Path file = dir.resolve("ngrams.bin");
        ngrams.save(file);
        assertThat(TrainedIntentClassifier.load(file, null, script).classify(text, Language.UNDETERMINED).name()).isEqualTo(intent);
        assertThatThrownBy(() -> {
            classifier.save(file);
            TrainedIntentClassifier.load(file, null, script);
        }).isInstanceOf(IOException.class).hasMessageContaining("embeddings");
    }

    @Test
    void needsSomethingToRead() {
        assertThatThrownBy(() -> TrainedIntentClassifier.builder(script).ngrams(false).train(examples))
                .isInstanceOf(IllegalStateException.class);
    }
}
