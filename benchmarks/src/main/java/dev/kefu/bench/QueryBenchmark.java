package dev.kefu.bench;

import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.kb.search.Ranking;
import dev.kefu.kb.search.Retrieval;
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
 * Latency of one {@link KnowledgeBase#search} (p50, p99 from JMH's sample mode), the query
 * rotating over the dev queries. The setup also prints the heap the built knowledge base retains,
 * as a line starting {@code kefu-heap}, and the time the build took.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx6g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class QueryBenchmark {

    @Param({"1000", "10000", "100000"})
    public int size;

    /** The product default and the lexical-only ranking. */
    @Param({"HYBRID_LEARNED", "BM25"})
    public Ranking ranking;

    private KnowledgeBase kb;
    private List<String> queries;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        List<FaqEntry> entries = Fixture.DATA.entries(size);
        queries = Fixture.DATA.queries();
        if (ranking != Ranking.BM25) {
            Fixture.embeddings(); // the ONNX models load before timing
        }
        long before = Fixture.usedHeapAfterGc();
        long start = System.nanoTime();
        kb = Fixture.build(entries, ranking);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long retained = Fixture.usedHeapAfterGc() - before;
        System.out.printf("%nkefu-heap size=%d ranking=%s retainedMB=%.1f buildMs=%d%n",
                size, ranking, retained / 1048576.0, millis);
    }

    @Benchmark
    public Retrieval search() {
        String query = queries.get(next);
        next = next + 1 == queries.size() ? 0 : next + 1;
        return kb.search(query);
    }
}
