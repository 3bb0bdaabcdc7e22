package dev.kefu.bench;

import dev.kefu.sentiment.polarity.Sentiment;
import dev.kefu.sentiment.trained.TrainedSentimentAnalyzer;
import dev.kefu.text.Language;
import dev.kefu.text.embed.Embeddings;
import dev.kefu.text.learn.LabeledText;
import dev.kefu.text.learn.LabeledTextCsv;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
 * Latency of one analysis by the shipped sentiment model (p50, p99 from JMH's sample mode), the
 * message rotating over a set: {@code chat}, the customer-service dev messages written for kefu
 * (short, zh and en); {@code chnsenticorp} and {@code sst2}, the reviews of their dev splits.
 * {@code vector}: {@code turn} has the message's sentence vector embedded before the analysis,
 * as a chat turn has it (the intents and the search embed the message first), so it times what
 * the sentiment adds to a turn; {@code alone} times the analysis embedding the message itself
 * (the rotation goes through each message three times, with no, one and two trailing spaces, so
 * it holds more texts than the embeddings remember and each is embedded anew).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class SentimentBenchmark {

    @Param({"chat", "chnsenticorp", "sst2"})
    public String set;

    @Param({"turn", "alone"})
    public String vector;

    private Embeddings embeddings;
    private TrainedSentimentAnalyzer model;
    private List<String> messages;
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        embeddings = Fixture.embeddings();
        model = TrainedSentimentAnalyzer.shipped(embeddings);
        List<LabeledText> rows;
        if (set.equals("chat")) {
            try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                    TrainedSentimentAnalyzer.class.getResourceAsStream("chat-dev.csv")), StandardCharsets.UTF_8)) {
                rows = LabeledTextCsv.read(reader, "chat-dev.csv");
            }
        } else {
            rows = LabeledTextCsv.read(Path.of(System.getProperty("kefu.data", "../shared/data"), "sentiment", set, "dev.csv"));
        }
        List<String> texts = rows.stream().map(LabeledText::text).toList();
        messages = vector.equals("turn") ? texts
                : IntStream.range(0, 3).boxed().flatMap(spaces -> texts.stream().map(t -> t + " ".repeat(spaces))).toList();
    }

    /** The next message; in a turn, embedded first, outside the timed call. */
    @Setup(Level.Invocation)
    public void nextMessage() {
        next = next + 1 == messages.size() ? 0 : next + 1;
        if (vector.equals("turn")) {
            embeddings.embed(messages.get(next));
        }
    }

    @Benchmark
    public Sentiment analyze() {
        return model.analyze(messages.get(next), Language.UNDETERMINED);
    }
}
