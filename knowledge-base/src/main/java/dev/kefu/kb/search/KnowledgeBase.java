package dev.kefu.kb.search;

import dev.kefu.text.embed.LanguageFamily;
import dev.kefu.text.embed.Embeddings;
import dev.kefu.kb.FaqEntry;
import dev.kefu.text.normalize.TextNormalizer;
import dev.kefu.text.script.ChineseScript;
import dev.kefu.text.synonyms.Synonyms;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The searchable knowledge base. Searches run against the current index; {@link #replace}
 * builds a new index beside it and swaps it in at once, so a reindex never fails a search, and
 * the old index is freed when its last search is done. Thread-safe.
 */
public final class KnowledgeBase {

    public static final int DEFAULT_CANDIDATES = 10;
    /** How many entries each retriever contributes before fusion. */
    static final int POOL = 30;

    private final Analyzers analyzers;
    private final FieldWeights weights;
    private final Embeddings embeddings;
    private final Ranking ranking;
    private final Fusion fusion;
    private final DecisionThresholds thresholds;
    private final AtomicReference<FaqIndex> current = new AtomicReference<>();

    private KnowledgeBase(Builder builder) {
        this.analyzers = Analyzers.create(builder.script != null ? builder.script : ChineseScript.load(), builder.synonyms);
        this.weights = builder.weights;
        this.embeddings = builder.embeddings;
        this.ranking = builder.embeddings == null ? Ranking.BM25 : builder.ranking;
        this.fusion = new Fusion(ranking, builder.model != null ? builder.model : ranking.hybrid() ? FusionModel.shipped() : null);
        this.thresholds = builder.thresholds != null ? builder.thresholds
                : ranking == Ranking.BM25 ? DecisionThresholds.LEXICAL_DEFAULTS
                : ranking == Ranking.DENSE ? DecisionThresholds.DENSE_DEFAULTS : DecisionThresholds.DEFAULTS;
        current.set(FaqIndex.build(builder.entries, analyzers, weights, embeddings, Map.of()));
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
        if (normalized.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Retrieval.empty();
        }
        FaqIndex index = acquire();
        try {
            List<Candidate> found = index.candidates(normalized, ranking, Math.max(POOL, candidates));
            if (found.isEmpty()) {
                return Retrieval.empty();
            }
            fusion.rank(found, LanguageFamily.ofQuery(normalized));
            List<Match> matches = found.stream().limit(candidates)
                    .map(c -> new Match(index.entry(c.entry), index.phrasingText(c.phrasing), c.score, c.confidence))
                    .toList();
            double best = matches.get(0).confidence();
            double runnerUp = matches.size() > 1 ? matches.get(1).confidence() : 0;
            return new Retrieval(matches, thresholds.decide(best, runnerUp));
        } finally {
            index.release();
        }
    }

    /** The unranked candidates of a query, for training the fusion; empty for blank text. */
    List<Candidate> candidates(String text) {
        String normalized = TextNormalizer.normalize(text);
        return normalized.isEmpty() ? List.of() : current.get().candidates(normalized, ranking, POOL);
    }

    String idOf(Candidate candidate) {
        return current.get().entry(candidate.entry).id();
    }

    /** Swaps in a new set of entries atomically; searches under way finish on the old ones. */
    public synchronized void replace(List<FaqEntry> entries) {
        FaqIndex next = FaqIndex.build(entries, analyzers, weights, embeddings, current.get().vectors());
        FaqIndex previous = current.getAndSet(next);
        previous.release();
    }

    public List<FaqEntry> entries() {
        return current.get().entries();
    }

    public DecisionThresholds thresholds() {
        return thresholds;
    }

    public Ranking ranking() {
        return ranking;
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
        private ChineseScript script;
        private Synonyms synonyms = Synonyms.none();
        private FieldWeights weights = FieldWeights.DEFAULTS;
        private DecisionThresholds thresholds;
        private Embeddings embeddings;
        private Ranking ranking = Ranking.HYBRID_LEARNED;
        private FusionModel model;

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

        /** The user's synonyms, applied to the customer's text before the BM25 search. */
        public Builder synonyms(Synonyms synonyms) {
            this.synonyms = Objects.requireNonNull(synonyms);
            return this;
        }

        /** Overrides the defaults tuned for the ranking on the dev sets. */
        public Builder thresholds(DecisionThresholds thresholds) {
            this.thresholds = Objects.requireNonNull(thresholds);
            return this;
        }

        /** Sentence embeddings for the dense and hybrid rankings; without them the search is BM25 only. */
        public Builder embeddings(Embeddings embeddings) {
            this.embeddings = embeddings;
            return this;
        }

        /** Hybrid with the learned fusion unless told otherwise. */
        public Builder ranking(Ranking ranking) {
            this.ranking = Objects.requireNonNull(ranking);
            return this;
        }

        /** Overrides the shipped fusion model, e.g. one just trained. */
        public Builder fusionModel(FusionModel model) {
            this.model = Objects.requireNonNull(model);
            return this;
        }

        public KnowledgeBase build() {
            return new KnowledgeBase(this);
        }
    }
}
