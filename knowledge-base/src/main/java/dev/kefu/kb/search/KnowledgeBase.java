package dev.kefu.kb.search;

import dev.kefu.kb.FaqEntry;
import dev.kefu.text.normalize.TextNormalizer;
import dev.kefu.text.script.ChineseScript;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The searchable knowledge base. Searches run against the current index; {@link #replace}
 * builds a new index beside it and swaps it in at once, so a reindex never fails a search, and
 * the old index is freed when its last search is done. Thread-safe.
 */
public final class KnowledgeBase {

    public static final int DEFAULT_CANDIDATES = 10;

    private final Analyzers analyzers;
    private final FieldWeights weights;
    private final DecisionThresholds thresholds;
    private final AtomicReference<FaqIndex> current = new AtomicReference<>();

    private KnowledgeBase(Builder builder) {
        this.analyzers = Analyzers.create(builder.script);
        this.weights = builder.weights;
        this.thresholds = builder.thresholds;
        current.set(FaqIndex.build(builder.entries, analyzers, weights));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Ranks the entries for a customer's text and decides whether to answer, suggest or admit no match. */
    public Retrieval search(String text) {
        return search(text, DEFAULT_CANDIDATES);
    }

    public Retrieval search(String text, int candidates) {
        String normalized = TextNormalizer.normalize(text);
        if (normalized.isEmpty()) {
            return Retrieval.empty();
        }
        FaqIndex index = acquire();
        try {
            List<Match> matches = index.search(normalized, candidates);
            if (matches.isEmpty()) {
                return Retrieval.empty();
            }
            double best = matches.get(0).confidence();
            double runnerUp = matches.size() > 1 ? matches.get(1).confidence() : 0;
            return new Retrieval(matches, thresholds.decide(best, runnerUp));
        } finally {
            index.release();
        }
    }

    /** Swaps in a new set of entries atomically; searches under way finish on the old ones. */
    public void replace(List<FaqEntry> entries) {
        FaqIndex next = FaqIndex.build(entries, analyzers, weights);
        FaqIndex previous = current.getAndSet(next);
        previous.release();
    }

    public List<FaqEntry> entries() {
        return current.get().entries();
    }

    public DecisionThresholds thresholds() {
        return thresholds;
    }

    private FaqIndex acquire() {
        while (true) {
            FaqIndex index = current.get();
            if (index.tryAcquire()) {
                return index;
            }
        }
    }

    /** Configures a knowledge base; only the entries are required. */
    public static final class Builder {
        private List<FaqEntry> entries = List.of();
        private ChineseScript script = ChineseScript.load();
        private FieldWeights weights = FieldWeights.DEFAULTS;
        private DecisionThresholds thresholds = DecisionThresholds.DEFAULTS;

        public Builder entries(List<FaqEntry> entries) {
            this.entries = List.copyOf(entries);
            return this;
        }

        public Builder chineseScript(ChineseScript script) {
            this.script = Objects.requireNonNull(script);
            return this;
        }

        public Builder fieldWeights(FieldWeights weights) {
            this.weights = Objects.requireNonNull(weights);
            return this;
        }

        public Builder thresholds(DecisionThresholds thresholds) {
            this.thresholds = Objects.requireNonNull(thresholds);
            return this;
        }

        public KnowledgeBase build() {
            return new KnowledgeBase(this);
        }
    }
}
