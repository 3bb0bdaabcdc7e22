package dev.kefu.bench;

import dev.kefu.core.engine.Engine;
import dev.kefu.core.message.InboundMessage;
import dev.kefu.core.message.TurnResult;
import dev.kefu.core.store.journal.JournalConversationStore;
import dev.kefu.intents.builtin.BuiltInIntents;
import dev.kefu.kb.search.Ranking;
import dev.kefu.text.detect.LanguageDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole turns through the engine as the service runs them, without HTTP: the embedded journal
 * (fsync per turn) in a temporary directory, a hybrid knowledge base of {@code size} entries from
 * {@link BenchData}, the built-in intents with their sentence embeddings, the shipped sentiment
 * model and moderation. Messages rotate over the benchmark's dev queries (zh and en), from 5,000
 * customers in turn, so conversations grow, miss, hand off and wait in the queue as real ones do.
 * {@code throughput}: turns per second on two threads; {@code latency}: one turn's time (p50, p99).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx6g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class EngineBenchmark {

    private static final int CUSTOMERS = 5_000;

    @Param({"1000"})
    public int size;

    private Path dir;
    private JournalConversationStore store;
    private Engine engine;
    private List<String> messages;
    private final AtomicLong next = new AtomicLong();

    @Setup(Level.Trial)
    public void start() throws IOException {
        dir = Files.createTempDirectory("kefu-engine-bench");
        store = JournalConversationStore.open(dir);
        engine = Engine.builder()
                .store(store)
                .knowledgeBase(Fixture.build(Fixture.DATA.entries(size), Ranking.HYBRID_LEARNED))
                .chineseScript(Fixture.SCRIPT)
                .languageDetector(LanguageDetector.load(Fixture.SCRIPT))
                .intentClassifier(BuiltInIntents.train(Fixture.embeddings(), Fixture.SCRIPT))
                .rateLimiter(sender -> Optional.empty())
                .build();
        messages = Fixture.DATA.queries();
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public TurnResult throughput() {
        return turn();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public TurnResult latency() {
        return turn();
    }

    private TurnResult turn() {
        long n = next.getAndIncrement();
        String text = messages.get((int) (n % messages.size()));
        return engine.handle(new InboundMessage("web", "bench-" + n % CUSTOMERS, null, text, null, Instant.now()));
    }
}
