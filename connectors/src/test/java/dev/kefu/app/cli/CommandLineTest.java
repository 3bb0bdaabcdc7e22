package dev.kefu.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.intents.trained.TrainedIntentClassifier;
import dev.kefu.sentiment.polarity.Sentiment;
import dev.kefu.sentiment.polarity.SentimentLexicon;
import dev.kefu.sentiment.trained.TrainedSentimentAnalyzer;
import dev.kefu.text.Language;
import dev.kefu.text.embed.Embeddings;
import dev.kefu.text.script.ChineseScript;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The eval and train commands as a user runs them, on the bundled demo FAQ and small files in three scripts. */
class CommandLineTest {

    private static final Path DEMO_KB = Path.of("src/main/resources/kb/demo-faq.csv");
    private static final Path DEMO_QUERIES = Path.of("src/test/resources/demo-queries.csv");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
        JsonNode lastLine() {
            String[] lines = out.strip().split("\n");
            return JSON.readTree(lines[lines.length - 1]);
        }
    }

    private static Run eval(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = EvalCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "[{index}] --mode {0} --fusion {1}")
    @CsvSource({"bm25,learned,bm25", "dense,learned,dense", "hybrid,rrf,hybrid_rrf", "hybrid,learned,hybrid_learned"})
    void evalFaqPrintsTheContractFiguresForEveryMode(String mode, String fusion, String reported) {
        Run run = eval("faq", "--kb", DEMO_KB.toString(), "--queries", DEMO_QUERIES.toString(), "--mode", mode, "--fusion", fusion);

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.lastLine();
        assertThat(json.get("mode").asString()).isEqualTo(reported);
        for (String field : List.of("n", "p_at_1", "mrr", "recall_at_5", "p50_ms", "p99_ms")) {
            assertThat(json.has(field)).as(field).isTrue();
        }
        assertThat(json.get("n").asInt()).isEqualTo(90);
        // the demo paraphrases (zh-Hans, zh-Hant, en) are easy: every mode ranks most of them first
        assertThat(json.get("p_at_1").asDouble()).isGreaterThan(0.9);
    }

    @Test
    void evalFaqSweepsThresholdsAndCountsAnswersToUnanswerableQuestions() throws Exception {
        Path unrelated = Files.writeString(dir.resolve("unrelated.csv"),
                "text\n今天天气怎么样\n今天天氣怎麼樣\nwhat is the capital of France\n", StandardCharsets.UTF_8);

        Run run = eval("faq", "--kb", DEMO_KB.toString(), "--queries", DEMO_QUERIES.toString(),
                "--unanswerable", unrelated.toString(), "--sweep");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("| answer threshold | coverage | precision |").contains("| 0.50 |");
        assertThat(run.lastLine().get("unanswerable").asInt()).isEqualTo(3);
        assertThat(run.lastLine().get("unanswerable_answer_rate").asDouble()).isZero();
    }

    @Test
    void evalFaqHoldsOutEverySecondEntryAsQuestionsTheKnowledgeBaseDoesNotCover() {
        Run whole = eval("faq", "--kb", DEMO_KB.toString(), "--queries", DEMO_QUERIES.toString());
        Run half = eval("faq", "--kb", DEMO_KB.toString(), "--queries", DEMO_QUERIES.toString(), "--hold-out-half", "--sweep");

        assertThat(half.exitCode()).as(half.err()).isZero();
        assertThat(half.out()).contains("| suggest threshold | answered | offered choices |").contains("| 0.200 |");
        var json = half.lastLine();
        assertThat(json.get("kb_entries").asInt()).isEqualTo((whole.lastLine().get("kb_entries").asInt() + 1) / 2);
        // the demo queries (zh-Hans, zh-Hant and en) of the entries taken out become unanswerable
        assertThat(json.get("n").asInt() + json.get("unanswerable").asInt()).isEqualTo(whole.lastLine().get("n").asInt());
        assertThat(json.get("unanswerable").asInt()).isGreaterThan(30);
        assertThat(json.get("unanswerable_answer_rate").asDouble()).isLessThan(0.2);
        assertThat(json.get("unanswerable_suggest_rate").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("p_at_1").asDouble()).isGreaterThan(0.9);
    }

    @Test
    void evalFaqListsItsMissesWithBothQuestionsBeforeTheFigures() throws Exception {
        // each query is labelled with an entry that does not answer it, so each is a miss; one is right
        Path queries = Files.writeString(dir.resolve("mislabelled.csv"), """
                query,id
                东西不想要了怎么退,invoice-request
                東西不想要了怎麼退,invoice-request
                how do I send this item back,invoice-request
                怎么开发票,invoice-request
                """, StandardCharsets.UTF_8);

        // and questions said to be unanswerable that the knowledge base plainly answers
        Path unanswerable = Files.writeString(dir.resolve("not-answerable.csv"),
                "text\n怎么开发票\n怎麼開發票\nhow do I get an invoice\n今天天气怎么样\n", StandardCharsets.UTF_8);

        Run run = eval("faq", "--kb", DEMO_KB.toString(), "--queries", queries.toString(),
                "--unanswerable", unanswerable.toString(), "--misses");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().filter(line -> line.startsWith("answered, cannot be: ")).toList())
                .hasSize(3)
                .anySatisfy(line -> assertThat(line).startsWith("answered, cannot be: 怎么开发票 | want - (none) | got invoice-request "))
                .anySatisfy(line -> assertThat(line).startsWith("answered, cannot be: 怎麼開發票 | want - (none) | got invoice-request "))
                .anySatisfy(line -> assertThat(line).startsWith("answered, cannot be: how do I get an invoice | want - (none) | got invoice-request "));
        List<String> misses = run.out().lines().filter(line -> line.startsWith("miss: ")).toList();
        assertThat(misses).hasSize(3);
        assertThat(misses.get(0)).startsWith("miss: 东西不想要了怎么退 | want invoice-request 可以开发票吗 | got return-how ");
        assertThat(misses.get(1)).startsWith("miss: 東西不想要了怎麼退 | want invoice-request 可以开发票吗 | got return-how ");
        assertThat(misses.get(2)).startsWith("miss: how do I send this item back | want invoice-request Can I get an invoice? | got return-how ")
                .matches(".*\\(0\\.\\d\\d\\) \\| rank (\\d+|-)$");
        assertThat(run.lastLine().get("p_at_1").asDouble()).isEqualTo(0.25);
    }

    @Test
    void evalFaqConvertsTheQueriesToTraditional() {
        Run simplified = eval("faq", "--kb", DEMO_KB.toString(), "--queries", DEMO_QUERIES.toString());
        Run traditional = eval("faq", "--kb", DEMO_KB.toString(), "--queries", DEMO_QUERIES.toString(),
                "--queries-script", "traditional");
        assertThat(traditional.exitCode()).as(traditional.err()).isZero();
        assertThat(traditional.lastLine().get("p_at_1").asDouble())
                .isCloseTo(simplified.lastLine().get("p_at_1").asDouble(), org.assertj.core.data.Offset.offset(0.02));
    }

    private static Run train(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = TrainCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path intentExamples() throws IOException {
        return Files.writeString(dir.resolve("train.csv"), """
                text,label
                我要退款,refund
                请把钱退给我,refund
                申请退款,refund
                I want a refund,refund
                give me my money back,refund
                refund my order,refund
                我的快递到哪了,status
                订单什么时候发货,status
                查一下物流,status
                where is my package,status
                has my order shipped,status
                track my order,status
                今天天气怎么样,oos
                给我讲个笑话,oos
                what is the capital of France,oos
                tell me a joke,oos
                """, StandardCharsets.UTF_8);
    }

    @Test
    void evalIntentsTrainsAndMeasuresInThreeScripts() throws Exception {
        Path train = intentExamples();
        Path test = Files.writeString(dir.resolve("test.csv"), """
                text,label
                钱能退回来吗,refund
                錢能退回來嗎,refund
                I need my money returned,refund
                快递怎么还没到,status
                快遞怎麼還沒到,status
                where's my order,status
                明天会下雨吗,oos
                """, StandardCharsets.UTF_8);

        Run run = eval("intents", "--train", train.toString(), "--test", test.toString(), "--oos-label", "oos");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.lastLine();
        for (String field : List.of("n", "accuracy", "macro_f1", "in_scope_accuracy", "oos_recall", "p50_ms", "p99_ms")) {
            assertThat(json.has(field)).as(field).isTrue();
        }
        assertThat(json.get("n").asInt()).isEqualTo(7);
        assertThat(json.get("in_scope_accuracy").asDouble()).isEqualTo(1.0);
    }

    @Test
    void evalIntentsComparesFeatureSets() throws Exception {
        Path train = intentExamples();
        for (String features : List.of("ngrams", "embeddings", "embeddings+ngrams")) {
            Run run = eval("intents", "--train", train.toString(), "--test", train.toString(), "--features", features);
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.lastLine().get("features").asString()).isEqualTo(features);
            assertThat(run.lastLine().get("accuracy").asDouble()).as(features).isGreaterThan(0.9);
        }
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({"钱能退回来吗,refund", "錢能退回來嗎,refund", "where's my order,status"})
    void trainIntentsSavesAModelThatReadsInThreeScripts(String text, String intent) throws Exception {
        Path model = dir.resolve("models/intents.model");
        Run run = train("intents", "--data", intentExamples().toString(), "--out", model.toString(), "--oos-label", "oos");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("trained 2 intents on 16 examples");
        ChineseScript script = ChineseScript.load();
        TrainedIntentClassifier loaded = TrainedIntentClassifier.load(model, Embeddings.shared(), script);
        assertThat(loaded.classify(text, Language.UNDETERMINED).name()).isEqualTo(intent);
    }

    @Test
    void trainIntentsRefusesAFileWithoutItsColumns() {
        Run run = train("intents", "--data", DEMO_KB.toString(), "--out", dir.resolve("m.model").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("text,label");
        assertThat(dir.resolve("m.model")).doesNotExist();
    }

    @Test
    void evalModerationPrintsTheContractFiguresInThreeScripts() throws Exception {
        Path test = Files.writeString(dir.resolve("moderation.csv"), """
                text,label
                你是傻逼吗,offensive
                你這個白癡,offensive
                "f*ck you, idiot",offensive
                傻瓜相机还有货吗,safe
                這個操作怎麼弄,safe
                I live in Scunthorpe,safe
                """, StandardCharsets.UTF_8);

        Run run = eval("moderation", "--test", test.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.lastLine();
        for (String field : List.of("n", "accuracy", "macro_f1", "offensive_recall", "false_positive_rate", "p50_ms", "p99_ms")) {
            assertThat(json.has(field)).as(field).isTrue();
        }
        assertThat(json.get("task").asString()).isEqualTo("moderation");
        assertThat(json.get("n").asInt()).isEqualTo(6);
        assertThat(json.get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(json.get("false_positive_rate").asDouble()).isZero();
    }

    @Test
    void evalModerationPrintsItsMissesBeforeTheFigures() throws Exception {
        Path test = Files.writeString(dir.resolve("moderation.csv"),
                "text,label\n我要退货,offensive\n你是傻逼吗,safe\n", StandardCharsets.UTF_8);

        Run run = eval("moderation", "--test", test.toString(), "--misses");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("missed offensive: 我要退货").contains("flagged safe: 你是傻逼吗  [傻逼]");
        assertThat(run.lastLine().get("accuracy").asDouble()).isZero();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {"question,answer\\n退货,returns|text,label", "text,label\\n退货,rude|line 2: label must be offensive or safe"})
    void evalModerationRejectsAFileWithoutItsColumnsOrLabels(String content, String message) throws Exception {
        Path test = Files.writeString(dir.resolve("bad.csv"), content.replace("\\n", "\n"), StandardCharsets.UTF_8);
        Run run = eval("moderation", "--test", test.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(message);
    }

    private Path sentimentSet(String name) throws IOException {
        return Files.writeString(dir.resolve(name), """
                text,label
                服务很好，谢谢,positive
                服務很好，謝謝,positive
                "great service, thank you",positive
                太差了，气死我了,negative
                太差了，氣死我了,negative
                "terrible, I want my money back",negative
                """, StandardCharsets.UTF_8);
    }

    @Test
    void evalSentimentMeasuresTheShippedModelInThreeScripts() throws Exception {
        Run run = eval("sentiment", "--test", sentimentSet("test.csv").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.lastLine();
        for (String field : List.of("n", "accuracy", "macro_f1", "p50_ms", "p99_ms")) {
            assertThat(json.has(field)).as(field).isTrue();
        }
        assertThat(json.get("n").asInt()).isEqualTo(6);
        assertThat(json.get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(json.get("binary").asBoolean()).isTrue();
        assertThat(json.get("neutral_resolved_by").asString()).startsWith("sign of the score");
        assertThat(json.get("three_class_accuracy").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("analyzer").asString()).isEqualTo("shipped");
        assertThat(json.get("model").asString()).contains("chnsenticorp/train.csv");
    }

    @Test
    void evalSentimentReadsNeutralLabelsAsThreeClasses() throws Exception {
        Path test = Files.writeString(dir.resolve("chat.csv"), """
                text,label
                我要退货,neutral
                我要退貨,neutral
                how do I return an item,neutral
                谢谢，问题解决了,positive
                還要等多久？？？,negative
                """, StandardCharsets.UTF_8);
        Run run = eval("sentiment", "--test", test.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.lastLine().get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(run.lastLine().get("neutral_rate").asDouble()).isEqualTo(0.6);
        assertThat(run.lastLine().get("binary").asBoolean()).isFalse();
        assertThat(run.lastLine().has("three_class_accuracy")).isFalse();
    }

    @ParameterizedTest(name = "[{index}] --features {0}")
    @CsvSource({"lexicon+ngrams", "ngrams", "lexicon"})
    void evalSentimentTrainsTheChosenFeaturesFirst(String features) throws Exception {
        Run run = eval("sentiment", "--train", sentimentSet("train.csv").toString(), "--test", sentimentSet("test.csv").toString(),
                "--features", features);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.lastLine().get("analyzer").asString()).isEqualTo("trained");
        assertThat(run.lastLine().get("features").asString()).isEqualTo(features);
        assertThat(run.lastLine().get("accuracy").asDouble()).isGreaterThanOrEqualTo(5 / 6.0);
    }

    @Test
    void evalSentimentMeasuresTheLexiconAlone() throws Exception {
        Run run = eval("sentiment", "--test", sentimentSet("test.csv").toString(), "--analyzer", "lexicon");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.lastLine().get("analyzer").asString()).isEqualTo("lexicon");
        assertThat(run.lastLine().get("accuracy").asDouble()).isEqualTo(1.0);
    }

    @Test
    void trainSentimentReadsTheTrainSplitsOfEverySetAndRecordsThem() throws Exception {
        Path data = dir.resolve("data");
        for (String set : List.of("reviews_zh", "reviews_en")) {
            Path folder = Files.createDirectories(data.resolve(set));
            Files.copy(sentimentSet(set + ".csv"), folder.resolve("train.csv"));
            Files.writeString(folder.resolve("test.csv"), "text,label\nnot to be read,sideways\n", StandardCharsets.UTF_8);
        }
        Path model = dir.resolve("out/sentiment.model");

        Run run = train("sentiment", "--data", data.toString(), "--out", model.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("reviews_en/train.csv (6), reviews_zh/train.csv (6)").doesNotContain("test.csv");
        ChineseScript script = ChineseScript.load();
        TrainedSentimentAnalyzer loaded = TrainedSentimentAnalyzer.load(model, SentimentLexicon.load(script), Embeddings.shared(), script);
        assertThat(loaded.provenance()).contains("kefu train sentiment --data " + data, "features lexicon+ngrams+embeddings");
        assertThat(loaded.analyze("氣死我了", Language.UNDETERMINED).label()).isEqualTo(Sentiment.Label.NEGATIVE);

        Run measured = eval("sentiment", "--model", model.toString(), "--test", sentimentSet("test.csv").toString());
        assertThat(measured.exitCode()).as(measured.err()).isZero();
        assertThat(measured.lastLine().get("analyzer").asString()).isEqualTo("saved");
        assertThat(measured.lastLine().get("model").asString()).isEqualTo(loaded.provenance());
        assertThat(measured.lastLine().get("accuracy").asDouble()).isEqualTo(1.0);
    }

    @Test
    void evalSentimentRefusesAFileThatIsNoSentimentModel() throws Exception {
        Path notAModel = Files.writeString(dir.resolve("intents.model"), "服務很好 not a model", StandardCharsets.UTF_8);
        Run run = eval("sentiment", "--model", notAModel.toString(), "--test", sentimentSet("test.csv").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(notAModel.toString());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void trainSentimentNeedsASetFolderAndLabelsItKnows() throws Exception {
        Run empty = train("sentiment", "--data", dir.toString(), "--out", dir.resolve("m.model").toString());
        assertThat(empty.exitCode()).isEqualTo(1);
        assertThat(empty.err()).contains("no folder with a train.csv");
        Path folder = Files.createDirectories(dir.resolve("bad/set"));
        Files.writeString(folder.resolve("train.csv"), "text,label\n好,good\n", StandardCharsets.UTF_8);
        Run bad = train("sentiment", "--data", dir.resolve("bad").toString(), "--out", dir.resolve("m.model").toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("positive, negative or neutral");
        assertThat(dir.resolve("m.model")).doesNotExist();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "eval faq --kb missing.csv --queries missing.csv|no such file",
        "eval faq --kb src/main/resources/kb/demo-faq.csv|missing --queries",
        "eval faq --kb src/main/resources/kb/demo-faq.csv --queries src/test/resources/demo-queries.csv --mode fuzzy|--mode must be",
        "eval faq --kb src/main/resources/kb/demo-faq.csv --queries src/test/resources/demo-queries.csv --fusion max|--fusion must be",
        "eval intents --train missing.csv --test missing.csv|no such file",
        "eval sentiment --test missing.csv|no such file",
        "eval sentiment --test src/main/resources/kb/demo-faq.csv --features ngrams|--features needs --train",
        "eval sentiment --test src/main/resources/kb/demo-faq.csv --analyzer vibes|--analyzer must be",
        "eval sentiment --test src/main/resources/kb/demo-faq.csv --analyzer lexicon --train x.csv|takes no --train",
        "eval sentiment --test src/main/resources/kb/demo-faq.csv --analyzer lexicon --model x.model|takes no --train, --features or --model",
        "eval sentiment --test src/main/resources/kb/demo-faq.csv --model missing.model|no such file",
        "eval sentiment --test src/main/resources/kb/demo-faq.csv --model x.model --train x.csv|exclude each other",
        "eval sentiment --test src/main/resources/kb/demo-faq.csv --model x.model --features ngrams|a saved model has its own",
        "eval sentiment --train src/main/resources/kb/demo-faq.csv --test src/main/resources/kb/demo-faq.csv --features words|--features must join",
        "eval moods --test x.csv|not available",
        "train intents --data src/main/resources/kb/demo-faq.csv|missing --out",
        "train intents --data missing.csv --out m.model|no such file",
        "train intents --data src/main/resources/kb/demo-faq.csv --out m.model --features words|--features must be",
        "train intents --data src/main/resources/kb/demo-faq.csv --out m.model --oos-recall most|--oos-recall must be",
        "train intents --data src/main/resources/kb/demo-faq.csv --out m.model --oos-recall 1.5|out-of-scope recall must be",
        "train sentiment --data x.csv|missing --out",
        "train moods --data x.csv|unknown model",
        "train fusion --out m.json|missing --data",
        "eval moderation|missing --test",
        "eval moderation --test missing.csv|no such file",
    })
    void refusesBadArgumentsWithAMessageAndExitCode2(String command, String message) {
        String[] words = command.split(" ");
        String[] args = java.util.Arrays.copyOfRange(words, 1, words.length);
        Run run = words[0].equals("eval") ? eval(args) : train(args);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(message).contains("usage:");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void evalFaqRejectsAQueryFileWithoutItsColumns() throws Exception {
        Path queries = Files.writeString(dir.resolve("q.csv"), "question,answer\n退货,returns\n", StandardCharsets.UTF_8);
        Run run = eval("faq", "--kb", DEMO_KB.toString(), "--queries", queries.toString(), "--mode", "bm25");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("query,id");
    }

    @Test
    void trainFusionWritesAModelFittedOnTheDevQueries() throws Exception {
        Path set = Files.createDirectories(dir.resolve("data/demo"));
        Files.copy(DEMO_KB, set.resolve("kb.csv"));
        Files.copy(DEMO_QUERIES, set.resolve("dev.csv"));
        Path model = dir.resolve("fusion-model.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

        int code = TrainCommand.run(new String[] {"fusion", "--data", dir.resolve("data").toString(), "--out", model.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode json = JSON.readTree(model.toFile());
        assertThat(json.get("notes").asString()).contains("demo/dev.csv (90)");
        assertThat(json.get("ranking").has("CHINESE")).isTrue();
        assertThat(json.get("ranking").has("ENGLISH")).isTrue();
        assertThat(json.get("confidence").get("ENGLISH").get("weights").size()).isEqualTo(4);
    }

    @Test
    void trainFusionNeedsASetFolder() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TrainCommand.run(new String[] {"fusion", "--data", dir.toString(), "--out", dir.resolve("m.json").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no folder with kb.csv and dev.csv");
    }
}
