package dev.kefu.app.cli;

import dev.kefu.intents.eval.IntentEvaluation;
import dev.kefu.intents.trained.TrainedIntentClassifier;
import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.eval.FaqEvaluation;
import dev.kefu.kb.eval.FaqReport;
import dev.kefu.kb.eval.HeldOutEntries;
import dev.kefu.kb.eval.LabeledQuery;
import dev.kefu.kb.eval.SuggestionSweep;
import dev.kefu.kb.eval.ThresholdSweep;
import dev.kefu.kb.io.FaqFormatException;
import dev.kefu.kb.io.FaqReader;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.kb.search.Ranking;
import dev.kefu.sentiment.moderation.ModerationDetector;
import dev.kefu.sentiment.moderation.ModerationEvaluation;
import dev.kefu.sentiment.eval.SentimentEvaluation;
import dev.kefu.sentiment.polarity.LexiconSentimentAnalyzer;
import dev.kefu.sentiment.polarity.SentimentAnalyzer;
import dev.kefu.sentiment.polarity.SentimentLexicon;
import dev.kefu.sentiment.trained.SentimentTrainer;
import dev.kefu.sentiment.trained.TrainedSentimentAnalyzer;
import dev.kefu.text.detect.LanguageDetector;
import dev.kefu.text.embed.Embeddings;
import dev.kefu.text.embed.LanguageFamily;
import dev.kefu.text.learn.LabeledTextCsv;
import dev.kefu.text.script.ChineseScript;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code kefu eval faq|intents|sentiment|moderation ...}: measures retrieval, intents, sentiment or moderation and prints
 * one JSON object as the last line. Runs without Spring, so it starts fast and prints nothing else
 * on standard output.
 */
public final class EvalCommand {

    /** Writes the figures, the last line of every evaluation. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String USAGE = """
            usage: kefu eval intents --train T.csv --test S.csv [--oos-label oos] [--oos-recall 0.7]
                                     [--features embeddings+ngrams|embeddings|ngrams]
                   kefu eval sentiment [--train T.csv [--features lexicon+ngrams] | --model M] --test S.csv [--analyzer trained|lexicon]
                   kefu eval faq --kb KB.csv --queries QUERIES.csv [--mode hybrid|bm25|dense] [--fusion learned|rrf]
                                 [--unanswerable TEXTS.csv] [--queries-script traditional] [--sweep]
                   kefu eval moderation --test S.csv [--misses]
              KB: id,question,answer[,language,alternates,tags] (CSV, JSON or Markdown); QUERIES: query,id
              TEXTS: questions the KB cannot answer (column text or query); --queries-script traditional converts
              the queries to Traditional characters first; --sweep prints the precision/coverage table
              S.csv for moderation: text,label with labels offensive|safe; offensive is predicted for abuse at medium
              severity or worse (spam is not offensive); --misses prints each message it got wrong first
              sentiment: without --train the shipped model, or M written by kefu train sentiment; --analyzer lexicon measures
              the hand-written lexicon alone;
              T, S: text,label with labels positive, negative (and neutral)""";

    private EvalCommand() {
    }

    /** Runs the evaluation named by {@code args}; returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        try {
            CommandOptions options = CommandOptions.parse(args);
            return switch (args[0]) {
                case "faq" -> faq(options, out);
                case "intents" -> intents(options, out);
                case "moderation" -> moderation(options, out);
                case "sentiment" -> sentiment(options, out);
                default -> {
                    err.println("kefu eval " + args[0] + ": not available in this version\n" + USAGE);
                    yield 2;
                }
            };
        } catch (IllegalArgumentException e) {
            err.println("kefu eval: " + e.getMessage() + "\n" + USAGE);
            return 2;
        } catch (FaqFormatException | IOException | IllegalStateException e) {
            err.println("kefu eval: " + e.getMessage());
            return 1;
        }
    }

    private static int faq(CommandOptions options, PrintStream out) throws IOException, FaqFormatException {
        Path kbFile = options.existingFile("kb");
        Path queriesFile = options.existingFile("queries");
        Ranking ranking = ranking(options.getOrDefault("mode", "hybrid"), options.getOrDefault("fusion", "learned"));
        ChineseScript script = ChineseScript.load();
        List<FaqEntry> entries = new FaqReader(LanguageDetector.load(script)).read(kbFile);
        List<LabeledQuery> queries = FaqEvaluation.readQueries(queriesFile);
        if (options.has("queries-script")) {
            if (!options.get("queries-script").equals("traditional")) {
                throw new IllegalArgumentException("--queries-script can only be traditional");
            }
            queries = queries.stream().map(q -> new LabeledQuery(script.toTraditional(q.query()), q.expectedId())).toList();
        }
        List<String> unanswerable = new ArrayList<>(options.has("unanswerable")
                ? FaqEvaluation.readUnanswerable(options.existingFile("unanswerable")) : List.of());
        if (options.has("hold-out-half")) {
            HeldOutEntries split = HeldOutEntries.everySecond(entries, queries);
            entries = split.kept();
            queries = split.answerable();
            unanswerable.addAll(split.uncovered());
        }
        KnowledgeBase.Builder builder = KnowledgeBase.builder().entries(entries).chineseScript(script).ranking(ranking);
        if (ranking != Ranking.BM25) {
            builder.embeddings(Embeddings.shared());
        }
        long start = System.nanoTime();
        KnowledgeBase kb = builder.build();
        long buildMillis = (System.nanoTime() - start) / 1_000_000;
        FaqEvaluation evaluation = FaqEvaluation.measure(kb, queries, unanswerable);
        if (options.has("sweep")) {
            out.println(ThresholdSweep.header());
            evaluation.sweep().forEach(row -> out.println(row.format()));
            out.println();
            out.println(SuggestionSweep.header());
            evaluation.suggestionSweep().forEach(row -> out.println(row.format()));
        }
        if (options.has("misses")) {
            evaluation.misses().forEach(miss -> out.println("miss: " + miss.format()));
            evaluation.falseAnswers().forEach(miss -> out.println("answered, cannot be: " + miss.format()));
        }
        FaqReport report = evaluation.report();
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("task", "faq");
        json.put("mode", ranking.name().toLowerCase(java.util.Locale.ROOT));
        json.put("kb_entries", entries.size());
        json.put("build_ms", buildMillis);
        json.putAll(report.toMap());
        out.println(JSON.writeValueAsString(json));
        return 0;
    }

    private static int intents(CommandOptions options, PrintStream out) throws IOException {
        Path train = options.existingFile("train");
        Path test = options.existingFile("test");
        String outOfScope = options.get("oos-label");
        ChineseScript script = ChineseScript.load();
        long start = System.nanoTime();
        TrainedIntentClassifier classifier = TrainCommand.intentTraining(options, script).train(LabeledTextCsv.read(train));
        long trainMillis = (System.nanoTime() - start) / 1_000_000;
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("task", "intents");
        json.put("classifier", "softmax");
        json.put("features", options.getOrDefault("features", TrainCommand.DEFAULT_FEATURES));
        json.put("train_ms", trainMillis);
        json.put("oos_threshold_en", round(classifier.threshold(LanguageFamily.ENGLISH)));
        json.put("oos_threshold_zh", round(classifier.threshold(LanguageFamily.CHINESE)));
        json.putAll(IntentEvaluation.run(classifier, LabeledTextCsv.read(test), outOfScope));
        out.println(JSON.writeValueAsString(json));
        return 0;
    }

    private static int sentiment(CommandOptions options, PrintStream out) throws IOException {
        Path test = options.existingFile("test");
        String analyzer = options.getOrDefault("analyzer", "trained");
        ChineseScript script = ChineseScript.load();
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("task", "sentiment");
        SentimentAnalyzer measured;
        switch (analyzer) {
            case "lexicon" -> {
                if (options.has("train") || options.has("features") || options.has("model")) {
                    throw new IllegalArgumentException("--analyzer lexicon takes no --train, --features or --model");
                }
                json.put("analyzer", "lexicon");
                measured = new LexiconSentimentAnalyzer(SentimentLexicon.load(script));
            }
            case "trained" -> {
                if (options.has("train") && options.has("model")) {
                    throw new IllegalArgumentException("--train and --model exclude each other: measure one model");
                } else if (options.has("model")) {
                    if (options.has("features")) {
                        throw new IllegalArgumentException("--features needs --train: a saved model has its own");
                    }
                    TrainedSentimentAnalyzer saved = TrainedSentimentAnalyzer.load(options.existingFile("model"),
                            SentimentLexicon.load(script), Embeddings.shared(), script);
                    json.put("analyzer", "saved");
                    json.put("model", saved.provenance());
                    measured = saved;
                } else if (options.has("train")) {
                    Path train = options.existingFile("train");
                    SentimentTrainer training = TrainCommand.sentimentTraining(options, script);
                    long start = System.nanoTime();
                    measured = training.source(train.toString()).train(LabeledTextCsv.read(train));
                    json.put("analyzer", "trained");
                    json.put("features", training.features());
                    json.put("train_ms", (System.nanoTime() - start) / 1_000_000);
                } else if (options.has("features")) {
                    throw new IllegalArgumentException("--features needs --train: the shipped model has its own");
                } else {
                    TrainedSentimentAnalyzer shipped = TrainedSentimentAnalyzer.shipped();
                    json.put("analyzer", "shipped");
                    json.put("model", shipped.provenance());
                    measured = shipped;
                }
            }
            default -> throw new IllegalArgumentException("--analyzer must be trained or lexicon, not " + analyzer);
        }
        json.putAll(SentimentEvaluation.run(measured, LabeledTextCsv.read(test)));
        out.println(JSON.writeValueAsString(json));
        return 0;
    }

    private static int moderation(CommandOptions options, PrintStream out) throws IOException {
        List<ModerationEvaluation.Example> examples = ModerationEvaluation.read(options.existingFile("test"));
        ModerationDetector detector = ModerationDetector.load(ChineseScript.load());
        ModerationEvaluation.Report report = ModerationEvaluation.measure(detector, examples);
        if (options.has("misses")) {
            for (ModerationEvaluation.Example miss : report.misses()) {
                out.println(miss.offensive() ? "missed offensive: " + miss.text()
                        : "flagged safe: " + miss.text() + "  [" + detector.check(miss.text()).cue() + "]");
            }
        }
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("task", "moderation");
        json.putAll(report.toMap());
        out.println(JSON.writeValueAsString(json));
        return 0;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static Ranking ranking(String mode, String fusion) {
        return switch (mode) {
            case "bm25" -> Ranking.BM25;
            case "dense" -> Ranking.DENSE;
            case "hybrid" -> switch (fusion) {
                case "learned" -> Ranking.HYBRID_LEARNED;
                case "rrf" -> Ranking.HYBRID_RRF;
                default -> throw new IllegalArgumentException("--fusion must be learned or rrf, not " + fusion);
            };
            default -> throw new IllegalArgumentException("--mode must be hybrid, bm25 or dense, not " + mode);
        };
    }
}
