package dev.kefu.bench;

import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.kb.search.Ranking;
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
 * Time of a fresh {@link KnowledgeBase} build, embeddings included (the ONNX models are loaded
 * before timing). Hybrid at 100,000 entries takes minutes per build, hence one shot per iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx6g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class BuildBenchmark {

    @Param({"1000", "10000", "100000"})
    public int size;

    @Param({"HYBRID_LEARNED", "BM25"})
    public Ranking ranking;

    private List<FaqEntry> entries;

    @Setup(Level.Trial)
    public void load() {
        entries = Fixture.DATA.entries(size);
        if (ranking != Ranking.BM25) {
            Fixture.embeddings(); // the ONNX models load before timing
        }
    }

    @Benchmark
    public KnowledgeBase build() {
        return Fixture.build(entries, ranking);
    }
}
