package dev.kefu.sentiment.trained;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.sentiment.polarity.Sentiment;
import dev.kefu.sentiment.polarity.SentimentLexicon;
import dev.kefu.text.Language;
import dev.kefu.text.embed.CountingEmbeddingModel;
import dev.kefu.text.embed.Embeddings;
import dev.kefu.text.learn.LabeledText;
import dev.kefu.text.script.ChineseScript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentimentTrainerTest {

    private static final ChineseScript SCRIPT = ChineseScript.load();
    private static SentimentLexicon lexicon;
    private static TrainedSentimentAnalyzer trained;

    @TempDir
    Path dir;

    /** A handful of reviews in each script; the chat examples written for kefu come with every run. */
    private static List<LabeledText> reviews() {
        List<LabeledText> reviews = new ArrayList<>();
        String[][] rows = {
            {"房间干净，早餐丰富，下次还住", "positive"}, {"房間乾淨，早餐豐富，下次還住", "positive"},
            {"屏幕清晰，运行流畅，很满意", "positive"}, {"隔音很差，空调也坏了，不推荐", "negative"},
            {"隔音很差，空調也壞了，不推薦", "negative"}, {"电池不耐用，做工粗糙", "negative"},
            {"a warm , funny and moving film", "positive"}, {"sharp writing and great performances", "positive"},
            {"a dull , lifeless mess", "negative"}, {"the plot is tedious and the jokes fall flat", "negative"},
        };
        for (String[] row : rows) {
            reviews.add(new LabeledText(row[0], row[1]));
        }
        return reviews;
    }

    @BeforeAll
    static void train() {
        lexicon = SentimentLexicon.load(SCRIPT);
        trained = SentimentTrainer.builder(lexicon, SCRIPT).source("test reviews").train(reviews());
    }

    @Test
    void learnsEveryFamilyCalibratesAndRecordsHowItWasTrained() {
        assertThat(trained.analyze("早餐丰富，很满意", Language.UNDETERMINED).label()).isEqualTo(Sentiment.Label.POSITIVE);
        assertThat(trained.analyze("早餐豐富，很滿意", Language.UNDETERMINED).label()).isEqualTo(Sentiment.Label.POSITIVE);
        assertThat(trained.analyze("a tedious , lifeless film", Language.UNDETERMINED).label()).isEqualTo(Sentiment.Label.NEGATIVE);
        assertThat(trained.provenance()).startsWith("test reviews; 10 examples, chat-train.csv×8; features lexicon+ngrams");
    }

    @Test
    void savesAndReadsBackTheSameModel() throws IOException {
        Path file = dir.resolve("models/sentiment.model");
        trained.save(file);
        TrainedSentimentAnalyzer read = TrainedSentimentAnalyzer.load(file, lexicon, null, SCRIPT);
        for (String text : List.of("早餐丰富", "早餐豐富", "a dull film", "😡")) {
            assertThat(read.analyze(text, Language.UNDETERMINED)).isEqualTo(trained.analyze(text, Language.UNDETERMINED));
        }
        assertThat(read.provenance()).isEqualTo(trained.provenance());
    }

    @Test
    void refusesAFileThatIsNoSentimentModel() throws IOException {
        Path text = Files.writeString(dir.resolve("a.model"), "text,label\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TrainedSentimentAnalyzer.load(text, lexicon, null, SCRIPT)).isInstanceOf(IOException.class);
        Path cut = dir.resolve("cut.model");
        trained.save(cut);
        Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(cut), 200));
        assertThatThrownBy(() -> TrainedSentimentAnalyzer.load(cut, lexicon, null, SCRIPT)).isInstanceOf(IOException.class);
    }

    @Test
    void refusesUnknownLabelsAndNoFeatures() {
        assertThatThrownBy(() -> SentimentTrainer.builder(lexicon, SCRIPT).train(List.of(new LabeledText("好", "good"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive, negative or neutral");
        assertThatThrownBy(() -> SentimentTrainer.builder(lexicon, SCRIPT).lexicon(false).ngrams(false).train(reviews()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(SentimentTrainer.builder(lexicon, SCRIPT).lexicon(false).features()).isEqualTo("ngrams");
    }

    @Test
    void learnsFromTheLexiconAloneOrTheNgramsAlone() {
        for (SentimentTrainer trainer : List.of(SentimentTrainer.builder(lexicon, SCRIPT).ngrams(false),
                SentimentTrainer.builder(lexicon, SCRIPT).lexicon(false))) {
            TrainedSentimentAnalyzer model = trainer.train(reviews());
            assertThat(model.analyze("太差了，很失望", Language.UNDETERMINED).score()).as(trainer.features()).isNegative();
            assertThat(model.analyze("very disappointed", Language.UNDETERMINED).score()).as(trainer.features()).isNegative();
        }
    }

    @Test
    void readsTheSentenceVectorATurnHasAlreadyEmbedded() throws IOException {
        CountingEmbeddingModel chinese = new CountingEmbeddingModel(1, 4);
        CountingEmbeddingModel english = new CountingEmbeddingModel(2, 4);
        Embeddings embeddings = new Embeddings(chinese, english, SCRIPT);
        TrainedSentimentAnalyzer model = SentimentTrainer.builder(lexicon, SCRIPT).embeddings(embeddings).train(reviews());
        assertThat(model.provenance()).contains("features lexicon+ngrams+embeddings");
        chinese.forget();
        english.forget();
        List<String> messages = List.of("早餐丰富，很满意", "早餐豐富，很滿意", "a dull , lifeless film");
        for (String message : messages) {
            embeddings.embed(message); // what the intents and the search of the turn embed
            assertThat(model.analyze(message, Language.UNDETERMINED).label()).as(message)
                    .isEqualTo(message.startsWith("a dull") ? Sentiment.Label.NEGATIVE : Sentiment.Label.POSITIVE);
        }
        assertThat(chinese.seen()).containsExactly("早餐丰富，很满意", "早餐丰富，很满意"); // zh-Hant is embedded folded
        assertThat(english.seen()).containsExactly("a dull , lifeless film");

        Path file = dir.resolve("embedding.model");
        model.save(file);
        assertThatThrownBy(() -> TrainedSentimentAnalyzer.load(file, lexicon, null, SCRIPT))
                .isInstanceOf(IOException.class).hasMessageContaining("give it the embedding models");
        TrainedSentimentAnalyzer read = TrainedSentimentAnalyzer.load(file, lexicon, embeddings, SCRIPT);
        for (String message : messages) {
            assertThat(read.analyze(message, Language.UNDETERMINED)).isEqualTo(model.analyze(message, Language.UNDETERMINED));
        }
    }
}
