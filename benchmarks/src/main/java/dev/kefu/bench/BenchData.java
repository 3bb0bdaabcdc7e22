package dev.kefu.bench;

import dev.kefu.kb.FaqEntry;
import dev.kefu.kb.FaqVariant;
import dev.kefu.kb.io.FaqReader;
import dev.kefu.text.Language;
import dev.kefu.text.detect.LanguageDetector;
import dev.kefu.text.script.ChineseScript;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The benchmark's knowledge bases and queries, built from the public FAQ sets under
 * {@code -Dkefu.data} (default {@code ../shared/data}, relative to the repository root).
 *
 * <p>Recipe for an entry list of size {@code n}, deterministic for the same files: entries
 * alternate Chinese and English, half each. The Chinese seeds are the questions of
 * {@code faq/lcqmc/kb.csv} then {@code faq/atec/kb.csv} (5,000); the 874 English seeds are the
 * questions of {@code faq/stackfaq/kb.csv} followed by the real paraphrases (test queries) in
 * {@code faq/stackfaq/test.csv}, each with the answer of the entry it paraphrases.
 * The k-th entry of a language is its k-th seed while seeds last; after that it is two distinct
 * seeds of that language drawn with {@code new Random(20240601)}, the questions joined by a space
 * and the answers by a newline, skipping any question already used. Queries are the dev queries
 * of lcqmc and stackfaq, interleaved (1,484, mixed zh and en); they never seed an entry.
 */
final class BenchData {

    private static final long SEED = 20240601L;

    /** One real question with its answer and language. */
    private record Seed(Language language, String question, String answer) {
    }

    private final List<Seed> chinese;
    private final List<Seed> english;
    private final List<String> queries;

    private BenchData(List<Seed> chinese, List<Seed> english, List<String> queries) {
        this.chinese = chinese;
        this.english = english;
        this.queries = queries;
    }

    /** Reads the data sets, failing with where they are expected when they are missing. */
    static BenchData load(ChineseScript script) {
        Path root = Path.of(System.getProperty("kefu.data", "../shared/data")).toAbsolutePath().normalize();
        Path faq = root.resolve("faq");
        for (String file : List.of("lcqmc/kb.csv", "lcqmc/dev.csv", "atec/kb.csv", "stackfaq/kb.csv",
                "stackfaq/test.csv", "stackfaq/dev.csv")) {
            if (!Files.isReadable(faq.resolve(file))) {
                throw new IllegalStateException("benchmark data not found: expected " + faq.resolve(file)
                        + " (the public FAQ sets faq/{lcqmc,atec,stackfaq}/*.csv under -Dkefu.data=DIR,"
                        + " default ../shared/data relative to the working directory; run from the repository root)");
            }
        }
        try {
            FaqReader reader = new FaqReader(LanguageDetector.load(script));
            List<Seed> chinese = new ArrayList<>(seeds(reader, faq.resolve("lcqmc/kb.csv")));
            chinese.addAll(seeds(reader, faq.resolve("atec/kb.csv")));
            List<Seed> english = new ArrayList<>(seeds(reader, faq.resolve("stackfaq/kb.csv")));
            Map<String, String> answers = new HashMap<>();
            for (FaqEntry e : reader.read(faq.resolve("stackfaq/kb.csv"))) {
                answers.put(e.id(), e.variants().get(0).answer());
            }
            for (CSVRecord row : csv(faq.resolve("stackfaq/test.csv"))) {
                english.add(new Seed(Language.EN, row.get("query"), answers.getOrDefault(row.get("id"), "")));
            }
            List<String> zhQueries = column(faq.resolve("lcqmc/dev.csv"), "query");
            List<String> enQueries = column(faq.resolve("stackfaq/dev.csv"), "query");
            List<String> queries = new ArrayList<>();
            for (int i = 0; i < Math.max(zhQueries.size(), enQueries.size()); i++) {
                if (i < zhQueries.size()) {
                    queries.add(zhQueries.get(i));
                }
                if (i < enQueries.size()) {
                    queries.add(enQueries.get(i));
                }
            }
            return new BenchData(distinct(chinese), distinct(english), List.copyOf(queries));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the benchmark data under " + faq + ": " + e.getMessage(), e);
        }
    }

    List<String> queries() {
        return queries;
    }

    /** {@code n} distinct entries, half Chinese and half English, following the recipe above. */
    List<FaqEntry> entries(int n) {
        Random random = new Random(SEED);
        Set<String> used = new LinkedHashSet<>();
        List<FaqEntry> entries = new ArrayList<>(n);
        int[] next = new int[2];
        while (entries.size() < n) {
            int lang = entries.size() % 2;
            List<Seed> pool = lang == 0 ? chinese : english;
            Seed seed = next[lang] < pool.size() ? pool.get(next[lang]++) : pair(pool, random);
            if (used.add(seed.question())) {
                String id = String.format("bench-%06d", entries.size());
                entries.add(new FaqEntry(id, List.of(new FaqVariant(seed.language(), seed.question(), List.of(),
                        seed.answer())), List.of()));
            }
        }
        return entries;
    }

    private static Seed pair(List<Seed> pool, Random random) {
        int a = random.nextInt(pool.size());
        int b = random.nextInt(pool.size() - 1);
        Seed first = pool.get(a);
        Seed second = pool.get(b >= a ? b + 1 : b);
        return new Seed(first.language(), first.question() + " " + second.question(),
                first.answer() + "\n" + second.answer());
    }

    private static List<Seed> seeds(FaqReader reader, Path kb) throws Exception {
        List<Seed> seeds = new ArrayList<>();
        for (FaqEntry entry : reader.read(kb)) {
            FaqVariant v = entry.variants().get(0);
            seeds.add(new Seed(v.language(), v.question(), v.answer()));
        }
        return seeds;
    }

    private static List<Seed> distinct(List<Seed> seeds) {
        Map<String, Seed> byQuestion = new LinkedHashMap<>();
        seeds.forEach(s -> byQuestion.putIfAbsent(s.question(), s));
        return List.copyOf(byQuestion.values());
    }

    private static List<String> column(Path file, String name) throws IOException {
        return csv(file).stream().map(r -> r.get(name)).toList();
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }
}
