package dev.kefu.app.cli;

import dev.kefu.kb.eval.FaqEvaluation;
import dev.kefu.kb.eval.LabeledQuery;
import dev.kefu.kb.io.FaqFormatException;
import dev.kefu.kb.io.FaqReader;
import dev.kefu.text.embed.Embeddings;
import dev.kefu.kb.search.FusionModel;
import dev.kefu.kb.search.FusionTrainer;
import dev.kefu.text.detect.LanguageDetector;
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
 */
public final class TrainCommand {

    private static final String USAGE = "usage: kefu train fusion --data ../shared/data/faq --out fusion-model.json";

    private TrainCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 5 || !args[0].equals("fusion") || !args[1].equals("--data") || !args[3].equals("--out")) {
            err.println(USAGE);
            return 2;
        }
        try {
            Path data = Path.of(args[2]);
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
            FusionModel model = new FusionTrainer(Embeddings.onnx(script)).train(sets, notes);
            try (OutputStream file = Files.newOutputStream(Path.of(args[4]))) {
                model.write(file);
            }
            out.println(notes);
            return 0;
        } catch (IOException | FaqFormatException e) {
            err.println("kefu train: " + e.getMessage());
            return 1;
        }
    }
}
