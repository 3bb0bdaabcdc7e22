package dev.kefu.app.cli;

import dev.kefu.intents.trained.TrainedIntentClassifier;
import dev.kefu.kb.eval.FaqEvaluation;
import dev.kefu.kb.eval.LabeledQuery;
import dev.kefu.kb.io.FaqFormatException;
import dev.kefu.kb.io.FaqReader;
import dev.kefu.kb.search.FusionModel;
import dev.kefu.kb.search.FusionTrainer;
import dev.kefu.sentiment.polarity.SentimentLexicon;
import dev.kefu.sentiment.trained.SentimentTrainer;
import dev.kefu.sentiment.trained.TrainedSentimentAnalyzer;
import dev.kefu.text.detect.LanguageDetector;
import dev.kefu.text.embed.Embeddings;
import dev.kefu.text.learn.LabeledText;
import dev.kefu.text.learn.LabeledTextCsv;
import dev.kefu.text.script.ChineseScript;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kefu train fusion --data DIR --out FILE}: fits the hybrid retrieval's fusion model on the
 * {@code kb.csv} and {@code dev.csv} of every set folder in DIR (never on their test queries) and
 * writes it as JSON, the file the knowledge base ships as {@code fusion-model.json}.
 *
 * <p>{@code kefu train intents --data T.csv --out FILE}: trains an intent classifier on
 * {@code text,label} examples and saves it, for {@code kefu.intents.model} to load.
 *
 * <p>{@code kefu train sentiment --data DIR --out FILE}: trains the sentiment model on the
 * {@code train.csv} of every set folder in DIR (never their dev or test splits) and the chat
 * examples written for kefu, and saves it with a note of what it read: the file the product ships
 * as {@code sentiment.model}.
 */
public final class TrainCommand {

    static final String DEFAULT_FEATURES = "embeddings+ngrams";
    static final String SENTIMENT_FEATURES = "lexicon+ngrams+embeddings";
    private static final List<String> SENTIMENT_FEATURE_NAMES = List.of("lexicon", "ngrams", "embeddings");

    private static final String USAGE = """
            usage: kefu train fusion --data ../shared/data/faq --out fusion-model.json
                   kefu train intents --data EXAMPLES.csv --out intents.model [--oos-label oos] [--oos-recall 0.7]
                                      [--features embeddings+ngrams|embeddings|ngrams]
                   kefu train sentiment --data ../shared/data/sentiment --out sentiment.model
                                        [--features lexicon+ngrams+embeddings, any of them joined by +]
              --oos-recall: the share of the --oos-label examples the threshold turns away
              EXAMPLES: text,label (UTF-8 CSV with a header); sentiment labels positive, negative, neutral""";

    private TrainCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        try {
            CommandOptions options = CommandOptions.parse(args);
            return switch (args[0]) {
                case "fusion" -> fusion(options, out, err);
                case "intents" -> intents(options, out);
                case "sentiment" -> sentiment(options, out, err);
                default -> {
                    err.println("kefu train " + args[0] + ": unknown model\n" + USAGE);
                    yield 2;
                }
            };
        } catch (IllegalArgumentException e) {
            err.println("kefu train: " + e.getMessage() + "\n" + USAGE);
            return 2;
        } catch (IOException | FaqFormatException e) {
            err.println("kefu train: " + e.getMessage());
            return 1;
        }
    }

    /** The classifier settings named by {@code --features}, {@code --oos-label} and {@code --oos-recall}, shared with {@code eval intents}. */
    static TrainedIntentClassifier.Builder intentTraining(CommandOptions options, ChineseScript script) {
        String features = options.getOrDefault("features", DEFAULT_FEATURES);
        if (!List.of(DEFAULT_FEATURES, "embeddings", "ngrams").contains(features)) {
            throw new IllegalArgumentException("--features must be embeddings+ngrams, embeddings or ngrams, not " + features);
        }
        return TrainedIntentClassifier.builder(script)
                .embeddings(features.contains("embeddings") ? Embeddings.shared() : null)
                .ngrams(features.contains("ngrams"))
                .outOfScopeLabel(options.get("oos-label"))
                .outOfScopeRecall(recall(options.getOrDefault("oos-recall", String.valueOf(TrainedIntentClassifier.DEFAULT_OUT_OF_SCOPE_RECALL))));
    }

    /** The sentiment trainer named by {@code --features}, shared with {@code eval sentiment --train}. */
    static SentimentTrainer sentimentTraining(CommandOptions options, ChineseScript script) {
        String features = options.getOrDefault("features", SENTIMENT_FEATURES);
        List<String> parts = List.of(features.split("\\+"));
        if (parts.isEmpty() || !SENTIMENT_FEATURE_NAMES.containsAll(parts) || parts.size() != parts.stream().distinct().count()) {
            throw new IllegalArgumentException("--features must join lexicon, ngrams and embeddings with +, not " + features);
        }
        return SentimentTrainer.builder(SentimentLexicon.load(script), script)
                .lexicon(parts.contains("lexicon"))
                .ngrams(parts.contains("ngrams"))
                .embeddings(parts.contains("embeddings") ? Embeddings.shared() : null);
    }

    private static int sentiment(CommandOptions options, PrintStream out, PrintStream err) throws IOException {
        Path data = Path.of(options.required("data"));
        Path target = Path.of(options.required("out"));
        SentimentTrainer training = sentimentTraining(options, ChineseScript.load());
        List<LabeledText> examples = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(data)) {
            try (var folders = Files.list(data)) {
                for (Path folder : folders.sorted().toList()) {
                    Path train = folder.resolve("train.csv");
                    if (Files.isRegularFile(train)) {
                        List<LabeledText> read = LabeledTextCsv.read(train);
                        examples.addAll(read);
                        names.add(folder.getFileName() + "/train.csv (" + read.size() + ")");
                    }
                }
            }
        }
        if (examples.isEmpty()) {
            err.println("kefu train: no folder with a train.csv in " + data);
            return 1;
        }
        String source = "`kefu train sentiment --data " + data + " --features " + training.features() + "` on "
                + String.join(", ", names);
        long start = System.nanoTime();
        TrainedSentimentAnalyzer model = training.source(source).train(examples);
        model.save(target);
        out.printf("trained in %d s; saved to %s%n%s%n", (System.nanoTime() - start) / 1_000_000_000, target, model.provenance());
        return 0;
    }

    private static double recall(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--oos-recall must be a number in (0, 1], not " + value);
        }
    }

    private static int intents(CommandOptions options, PrintStream out) throws IOException {
        Path data = options.existingFile("data");
        Path model = Path.of(options.required("out"));
        TrainedIntentClassifier.Builder training = intentTraining(options, ChineseScript.load());
        List<LabeledText> examples = LabeledTextCsv.read(data);
        long start = System.nanoTime();
        TrainedIntentClassifier classifier = training.train(examples);
        classifier.save(model);
        out.printf("trained %d intents on %d examples of %s in %d s; saved to %s%n",
                classifier.labels().values().stream().flatMap(List::stream).distinct().count(), examples.size(), data,
                (System.nanoTime() - start) / 1_000_000_000, model);
        return 0;
    }

    private static int fusion(CommandOptions options, PrintStream out, PrintStream err) throws IOException, FaqFormatException {
        Path data = Path.of(options.required("data"));
        Path target = Path.of(options.required("out"));
        ChineseScript script = ChineseScript.load();
        FaqReader reader = new FaqReader(LanguageDetector.load(script));
        List<FusionTrainer.TrainingSet> sets = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (var folders = Files.list(data)) {
            for (Path folder : folders.sorted().toList()) {
                if (Files.isRegularFile(folder.resolve("kb.csv")) && Files.isRegularFile(folder.resolve("dev.csv"))) {
                    List<FusionTrainer.Example> examples = new ArrayList<>();
                    for (LabeledQuery q : FaqEvaluation.readQueries(folder.resolve("dev.csv"))) {
                        examples.add(new FusionTrainer.Example(q.query(), q.expectedId()));
                    }
                    sets.add(new FusionTrainer.TrainingSet(folder.getFileName().toString(),
                            reader.read(folder.resolve("kb.csv")), examples));
                    names.add(folder.getFileName() + "/dev.csv (" + examples.size() + ")");
                }
            }
        }
        if (sets.isEmpty()) {
            err.println("kefu train: no folder with kb.csv and dev.csv in " + data);
            return 1;
        }
        String notes = "fitted by `kefu train fusion --data " + data + "` on " + String.join(", ", names);
        FusionModel model = new FusionTrainer(Embeddings.shared()).train(sets, notes);
        try (OutputStream file = Files.newOutputStream(target)) {
            model.write(file);
        }
        out.println(notes);
        return 0;
    }
}
