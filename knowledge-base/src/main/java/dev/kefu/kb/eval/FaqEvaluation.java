package dev.kefu.kb.eval;

import dev.kefu.kb.io.FaqFormatException;
import dev.kefu.kb.search.Decision;
import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.kb.search.Match;
import dev.kefu.kb.search.Retrieval;
import dev.kefu.text.eval.LatencyRecorder;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Measures a knowledge base on labelled queries: P@1, MRR@10, recall@5, the decisions and latency. */
public final class FaqEvaluation {

    private static final int WARM_UP_QUERIES = 200;
    private static final int SUGGESTIONS_SHOWN = 3;

    private FaqEvaluation() {
    }

    /** Reads {@code query,id} rows with a header. */
    public static List<LabeledQuery> readQueries(Path csv) throws IOException, FaqFormatException {
        List<LabeledQuery> queries = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord record : format.parse(reader)) {
                if (!record.isMapped("query") || !record.isMapped("id")) {
                    throw new FaqFormatException(1, csv.getFileName() + " needs the columns query,id");
                }
                queries.add(new LabeledQuery(record.get("query"), record.get("id")));
            }
        }
        return queries;
    }

    public static FaqReport run(KnowledgeBase kb, List<LabeledQuery> queries) {
        // the JIT and the analyzers' lazy resources would otherwise count as query latency
        queries.stream().limit(WARM_UP_QUERIES).forEach(q -> kb.search(q.query()));
        LatencyRecorder latency = new LatencyRecorder();
        int top1 = 0, top5 = 0, answered = 0, answeredRight = 0, suggested = 0, suggestedRight = 0;
        double reciprocalRanks = 0;
        for (LabeledQuery q : queries) {
            long start = System.nanoTime();
            Retrieval retrieval = kb.search(q.query());
            latency.record(System.nanoTime() - start);
            int rank = rankOf(retrieval.matches(), q.expectedId());
            if (rank == 1) {
                top1++;
            }
            if (rank >= 1 && rank <= 5) {
                top5++;
            }
            if (rank >= 1) {
                reciprocalRanks += 1.0 / rank;
            }
            if (retrieval.decision() == Decision.ANSWER) {
                answered++;
                answeredRight += rank == 1 ? 1 : 0;
            } else if (retrieval.decision() == Decision.SUGGEST) {
                suggested++;
                List<Match> shown = retrieval.suggestions(SUGGESTIONS_SHOWN, kb.thresholds().suggest());
                suggestedRight += rankOf(shown, q.expectedId()) >= 1 ? 1 : 0;
            }
        }
        int n = queries.size();
        return new FaqReport(n, ratio(top1, n), n == 0 ? 0 : reciprocalRanks / n, ratio(top5, n),
                ratio(answered, n), ratio(answeredRight, answered), ratio(suggested, n),
                ratio(suggestedRight, suggested), latency.percentileMillis(50), latency.percentileMillis(99));
    }

    private static int rankOf(List<Match> matches, String id) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).entry().id().equals(id)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
