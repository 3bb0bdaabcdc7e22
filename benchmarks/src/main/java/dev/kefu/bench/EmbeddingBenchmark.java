package dev.kefu.bench;

import dev.kefu.text.embed.Embeddings;
import dev.kefu.text.embed.LanguageFamily;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The query embedding alone, as {@link QueryBenchmark}'s search computes it: one sentence-model
 * call per query (bge-small-zh or all-MiniLM), single-threaded, the same dev queries in turn. It
 * is the floor under the search's latency: the search waits for it, whatever the index does.
 * The queries outnumber the vectors {@link Embeddings} keeps, so none is served from there.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class EmbeddingBenchmark {

    private Embeddings embeddings;
    private List<String> queries;
    private int next;

    @Setup
    public void load() {
        embeddings = Fixture.embeddings();
        queries = Fixture.DATA.queries();
    }

    @Benchmark
    public float[] embedQuery() {
        String query = queries.get(next);
        next = next + 1 == queries.size() ? 0 : next + 1;
        return embeddings.embed(query, LanguageFamily.ofQuery(query));
    }
}
