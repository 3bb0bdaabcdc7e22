package dev.kefu.kb.eval;

import dev.kefu.kb.io.FaqFormatException;
import dev.kefu.kb.search.Decision;
import dev.kefu.kb.search.DecisionThresholds;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.kb.search.Match;
import dev.kefu.kb.search.Retrieval;
import dev.kefu.text.embed.LanguageFamily;
import dev.kefu.text.eval.LatencyRecorder;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Measures a knowledge base on labelled queries: P@1, MRR@10, recall@5, the decisions and latency;
 * optionally also on questions it cannot answer (how often it answers them anyway), and the
 * precision/coverage trade-off of the answer threshold.
 */
public final class FaqEvaluation {

    private static final int WARM_UP_QUERIES = 200;
    private static final int SUGGESTIONS_SHOWN = 3;

    private final KnowledgeBase kb;
    private final List<QueryOutcome> answerable;
    private final List<QueryOutcome> unanswerable;

    private FaqEvaluation(KnowledgeBase kb, List<QueryOutcome> answerable, List<QueryOutcome> unanswerable) {
        this.kb = kb;
        this.answerable = answerable;
        this.unanswerable = unanswerable;
    }

    /** Reads {@code query,id} rows with a header. */
    public static List<LabeledQuery> readQueries(Path csv) throws IOException, FaqFormatException {
        List<LabeledQuery> queries = new ArrayList<>();
        for (CSVRecord record : records(csv, "query", "id")) {
            queries.add(new LabeledQuery(record.get("query"), record.get("id")));
        }
        return queries;
    }

    /**
     * Reads questions the knowledge base cannot answer: a CSV with a {@code text} column (as the
     * intent sets have) or a {@code query} column (as the FAQ query sets have).
     */
    public static List<String> readUnanswerable(Path csv) throws IOException, FaqFormatException {
        List<String> texts = new ArrayList<>();
        List<CSVRecord> records = records(csv);
        String column = records.isEmpty() || records.get(0).isMapped("text") ? "text" : "query";
        if (!records.isEmpty() && !records.get(0).isMapped(column)) {
            throw new FaqFormatException(1, csv.getFileName() + " needs a text or a query column");
        }
        for (CSVRecord record : records) {
            texts.add(record.get(column));
        }
        return texts;
    }

    private static List<CSVRecord> records(Path csv, String... columns) throws IOException, FaqFormatException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            List<CSVRecord> records = format.parse(reader).getRecords();
            for (String column : columns) {
                if (!records.isEmpty() && !records.get(0).isMapped(column)) {
                    throw new FaqFormatException(1, csv.getFileName() + " needs the columns " + String.join(",", columns));
                }
            }
            return records;
        }
    }

    public static FaqReport run(KnowledgeBase kb, List<LabeledQuery> queries) {
        return measure(kb, queries, List.of()).report();
    }

    /** Runs every query once (after a warm-up, so the JIT does not count as latency). */
    public static FaqEvaluation measure(KnowledgeBase kb, List<LabeledQuery> queries, List<String> unanswerable) {
        queries.stream().limit(WARM_UP_QUERIES).forEach(q -> kb.search(q.query()));
        List<QueryOutcome> answerable = new ArrayList<>();
        for (LabeledQuery q : queries) {
            answerable.add(outcome(kb, q.query(), q.expectedId()));
        }
        List<QueryOutcome> others = new ArrayList<>();
        for (String text : unanswerable) {
            others.add(outcome(kb, text, null));
        }
        return new FaqEvaluation(kb, answerable, others);
    }

    private static QueryOutcome outcome(KnowledgeBase kb, String query, String expectedId) {
        long start = System.nanoTime();
        Retrieval retrieval = kb.search(query);
        long nanos = System.nanoTime() - start;
        List<Match> matches = retrieval.matches();
        double best = matches.isEmpty() ? 0 : matches.get(0).confidence();
        double runnerUp = matches.size() > 1 ? matches.get(1).confidence() : 0;
        boolean inSuggestions = retrieval.decision() == Decision.SUGGEST && expectedId != null
                && rankOf(retrieval.suggestions(SUGGESTIONS_SHOWN), expectedId) >= 1;
        int rank = expectedId == null ? 0 : rankOf(matches, expectedId);
        boolean wrongOrNone = expectedId == null ? !matches.isEmpty() : rank != 1;
        FaqMiss miss = wrongOrNone ? miss(kb, query, expectedId, matches, rank) : null;
        return new QueryOutcome(rank, best, runnerUp, inSuggestions, nanos, miss);
    }

    /**
     * The entry ranked first for a query whose right entry was not, or for a query the knowledge
     * base cannot answer ({@code expectedId} null, shown as {@code -}).
     */
    private static FaqMiss miss(KnowledgeBase kb, String query, String expectedId, List<Match> matches, int rank) {
        Match first = matches.isEmpty() ? null : matches.get(0);
        return new FaqMiss(query, expectedId == null ? "-" : expectedId, expectedQuestion(kb, query, expectedId),
                first == null ? "-" : first.entry().id(), first == null ? "" : first.phrasing(),
                first == null ? 0 : first.confidence(), rank);
    }

    /** The expected entry's question in the query's language family (or its first), for a person to compare. */
    private static String expectedQuestion(KnowledgeBase kb, String query, String expectedId) {
        if (expectedId == null) {
            return "(none)";
        }
        LanguageFamily family = LanguageFamily.ofQuery(query);
        return kb.entries().stream().filter(e -> e.id().equals(expectedId)).findFirst()
                .map(e -> e.variants().stream().filter(v -> LanguageFamily.of(v.language()) == family).findFirst()
                        .orElse(e.variants().get(0)).question())
                .orElse("(not in the knowledge base)");
    }

    /** The answerable queries whose right entry was not ranked first, in the order of the queries. */
    public List<FaqMiss> misses() {
        return answerable.stream().map(QueryOutcome::miss).filter(Objects::nonNull).toList();
    }

    /** The questions the knowledge base cannot answer that its thresholds answer anyway, with the entry given. */
    public List<FaqMiss> falseAnswers() {
        DecisionThresholds thresholds = kb.thresholds();
        return unanswerable.stream().filter(o -> o.miss() != null && o.decision(thresholds) == Decision.ANSWER)
                .map(QueryOutcome::miss).toList();
    }

    /** The figures under the knowledge base's own thresholds. */
    public FaqReport report() {
        DecisionThresholds thresholds = kb.thresholds();
        LatencyRecorder latency = new LatencyRecorder();
        int top1 = 0, top5 = 0, answered = 0, answeredRight = 0, suggested = 0, suggestedRight = 0;
        double reciprocalRanks = 0;
        for (QueryOutcome o : answerable) {
            latency.record(o.nanos());
            top1 += o.rank() == 1 ? 1 : 0;
            top5 += o.rank() >= 1 && o.rank() <= 5 ? 1 : 0;
            reciprocalRanks += o.rank() >= 1 ? 1.0 / o.rank() : 0;
            switch (o.decision(thresholds)) {
                case ANSWER -> {
                    answered++;
                    answeredRight += o.rank() == 1 ? 1 : 0;
                }
                case SUGGEST -> {
                    suggested++;
                    suggestedRight += o.inSuggestions() ? 1 : 0;
                }
                case NO_MATCH -> { }
            }
        }
        int falseAnswers = 0, choicesOffered = 0;
        for (QueryOutcome o : unanswerable) {
            latency.record(o.nanos());
            Decision decision = o.decision(thresholds);
            falseAnswers += decision == Decision.ANSWER ? 1 : 0;
            choicesOffered += decision == Decision.SUGGEST ? 1 : 0;
        }
        int n = answerable.size();
        return new FaqReport(n, ratio(top1, n), n == 0 ? 0 : reciprocalRanks / n, ratio(top5, n),
                ratio(answered, n), ratio(answeredRight, answered), ratio(suggested, n),
                ratio(suggestedRight, suggested), unanswerable.size(), ratio(falseAnswers, unanswerable.size()),
                ratio(choicesOffered, unanswerable.size()), latency.percentileMillis(50), latency.percentileMillis(99));
    }

    /** The precision/coverage table over answer thresholds. */
    public List<ThresholdSweep.Row> sweep() {
        return ThresholdSweep.of(answerable, unanswerable, kb.thresholds());
    }

    /** The table over suggestion thresholds, at the knowledge base's answer threshold. */
    public List<SuggestionSweep.Row> suggestionSweep() {
        return SuggestionSweep.of(answerable, unanswerable, kb.thresholds());
    }

    private static int rankOf(List<Match> matches, String id) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).entry().id().equals(id)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** {@code part / whole}, and 0 for nothing out of nothing. */
    static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
