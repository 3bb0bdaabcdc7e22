package dev.kefu.bench;

import dev.kefu.intents.Intent;
import dev.kefu.intents.builtin.BuiltInIntents;
import dev.kefu.intents.trained.TrainedIntentClassifier;
import dev.kefu.text.Language;
import dev.kefu.text.learn.LabeledText;
import dev.kefu.text.learn.LabeledTextCsv;
import dev.kefu.text.script.ChineseScript;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of one intent classification (p50, p99 from JMH's sample mode), the message rotating
 * over a dev set. {@code banking77}: a classifier trained on BANKING77 train (the setup takes about
 * two minutes), English messages of its dev set, so two sentence models per message;
 * {@code builtin}: the built-in intents (keyword rules, then the classifier) on the knowledge-base
 * benchmark's queries, the dev questions of LCQMC and StackFAQ interleaved (zh and en).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx6g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class IntentBenchmark {

    @Param({"banking77", "builtin"})
    public String set;

    private TrainedIntentClassifier classifier;
    private BuiltInIntents builtIn;
    private List<String> messages;
    private int next;

    @Setup(Level.Trial)
    public void train() throws IOException {
        ChineseScript script = Fixture.SCRIPT;
        Path data = Path.of(System.getProperty("kefu.data", "../shared/data"));
        if (set.equals("banking77")) {
            List<LabeledText> examples = LabeledTextCsv.read(data.resolve("intents/banking77/train.csv"));
            classifier = TrainedIntentClassifier.builder(script).embeddings(Fixture.embeddings()).train(examples);
            messages = LabeledTextCsv.read(data.resolve("intents/banking77/dev.csv")).stream().map(LabeledText::text).toList();
        } else {
            builtIn = BuiltInIntents.train(Fixture.embeddings(), script);
            messages = Fixture.DATA.queries();
        }
    }

    @Benchmark
    public Intent classify() {
        String message = messages.get(next);
        next = next + 1 == messages.size() ? 0 : next + 1;
        return set.equals("banking77") ? classifier.classify(message, Language.UNDETERMINED)
                : builtIn.classify(message, Language.UNDETERMINED);
    }
}
