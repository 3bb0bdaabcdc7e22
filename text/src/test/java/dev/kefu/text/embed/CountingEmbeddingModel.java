package dev.kefu.text.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence model that remembers every text it embeds: its vector is {@code [length, marker, 0, …]}
 * of the given size, so tests can tell which model made it and count how often it ran.
 */
public final class CountingEmbeddingModel implements EmbeddingModel {

    private final List<String> seen = new ArrayList<>();
    private final float marker;
    private final int dimensions;

    public CountingEmbeddingModel(float marker, int dimensions) {
        this.marker = marker;
        this.dimensions = dimensions;
    }

    @Override
    public synchronized Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<Embedding> out = new ArrayList<>();
        for (TextSegment segment : segments) {
            seen.add(segment.text());
            float[] vector = new float[dimensions];
            vector[0] = segment.text().length();
            vector[1] = marker;
            out.add(Embedding.from(vector));
        }
        return Response.from(out);
    }

    /** The texts embedded so far, in order. */
    public synchronized List<String> seen() {
        return List.copyOf(seen);
    }

    public synchronized void forget() {
        seen.clear();
    }
}
