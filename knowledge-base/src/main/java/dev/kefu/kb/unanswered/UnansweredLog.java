package dev.kefu.kb.unanswered;

import dev.kefu.kb.files.DurableFiles;
import dev.kefu.text.script.ChineseScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The questions the bot could not answer, grouped by similarity so an admin sees the most asked
 * first and can write the missing entries. Keeps the most recent {@code capacity} questions, in
 * memory and in {@code unanswered.jsonl} under its directory (one JSON line per question, appended
 * and forced; rewritten atomically when it has grown to twice the capacity or a group is dismissed).
 * Texts are stored as given: the caller redacts personal data first. Thread-safe.
 */
public final class UnansweredLog {

    public static final String FILE_NAME = "unanswered.jsonl";
    /**
     * IDF-weighted cosine at which questions group, chosen on the zh-Hans, zh-Hant and en cases of
     * the tests: 0.25 merges Chinese questions that share only 怎么, 0.35 splits 退貨流程是什麼 from 怎么退货.
     */
    public static final double DEFAULT_SIMILARITY = 0.3;
    private static final int EXAMPLES = 3;

    private final ObjectMapper json = JsonMapper.builder().build();
    private final Path file;
    private final int capacity;
    private final QuestionClusterer clusterer;
    private final Deque<UnansweredQuestion> questions = new ArrayDeque<>();
    private int linesInFile;

    private UnansweredLog(Builder builder) {
        this.file = Objects.requireNonNull(builder.directory, "directory").resolve(FILE_NAME);
        this.capacity = builder.capacity;
        this.clusterer = new QuestionClusterer(builder.script != null ? builder.script : ChineseScript.load(),
                builder.similarity);
        load();
    }

    public static Builder builder() {
        return new Builder();
    }

    public synchronized void record(UnansweredQuestion question) {
        write(() -> DurableFiles.appendLines(file, List.of(json.writeValueAsString(question))));
        questions.addLast(question);
        linesInFile++;
        while (questions.size() > capacity) {
            questions.removeFirst();
        }
        if (linesInFile >= 2 * capacity) {
            rewrite();
        }
    }

    /** The {@code limit} largest groups, most asked first, the most recent first among equals. */
    public List<QuestionGroup> groups(int limit) {
        return allGroups().stream()
                .sorted(Comparator.comparingInt(QuestionGroup::count).reversed()
                        .thenComparing(QuestionGroup::lastSeen, Comparator.reverseOrder()))
                .limit(limit).toList();
    }

    public Optional<QuestionGroup> group(String id) {
        return allGroups().stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** Forgets the questions of a group, e.g. once an entry answers them; false if there is no such group. */
    public synchronized boolean dismiss(String groupId) {
        List<UnansweredQuestion> all = List.copyOf(questions);
        Optional<List<Integer>> members = clusterer.cluster(all).stream()
                .filter(g -> idOf(all.get(g.get(0))).equals(groupId)).findFirst();
        if (members.isEmpty()) {
            return false;
        }
        Set<Integer> gone = Set.copyOf(members.get());
        questions.clear();
        IntStream.range(0, all.size()).filter(i -> !gone.contains(i)).forEach(i -> questions.add(all.get(i)));
        rewrite();
        return true;
    }

    /** Forgets, durably, every question that matches, e.g. the words of a user who asked to be forgotten; returns how many. */
    public synchronized int forget(Predicate<UnansweredQuestion> matches) {
        int before = questions.size();
        if (questions.removeIf(matches)) {
            rewrite();
        }
        return before - questions.size();
    }

    // clusters a snapshot outside the lock, so recording a turn never waits for a listing
    private List<QuestionGroup> allGroups() {
        List<UnansweredQuestion> all = snapshot();
        return clusterer.cluster(all).stream().map(g -> toGroup(g.stream().map(all::get).toList())).toList();
    }

    private synchronized List<UnansweredQuestion> snapshot() {
        return List.copyOf(questions);
    }

    private static QuestionGroup toGroup(List<UnansweredQuestion> members) {
        UnansweredQuestion leader = members.get(0);
        List<String> examples = members.stream().map(UnansweredQuestion::text).distinct().limit(EXAMPLES).toList();
        Instant first = members.stream().map(UnansweredQuestion::at).min(Comparator.naturalOrder()).orElseThrow();
        Instant last = members.stream().map(UnansweredQuestion::at).max(Comparator.naturalOrder()).orElseThrow();
        Set<UnansweredReason> reasons = members.stream().map(UnansweredQuestion::reason)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(UnansweredReason.class)));
        return new QuestionGroup(idOf(leader), members.size(), examples, leader.language(), first, last, reasons);
    }

    private static String idOf(UnansweredQuestion leader) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (leader.at().toEpochMilli() + "\n" + leader.text()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private void load() {
        write(() -> {
            for (String line : DurableFiles.readLines(file)) {
                try {
                    questions.addLast(json.readValue(line, UnansweredQuestion.class));
                    linesInFile++;
                } catch (JacksonException e) {
                    // a line torn by a crash: the question is lost, the rest is kept
                }
                while (questions.size() > capacity) {
                    questions.removeFirst();
                }
            }
        });
    }

    private void rewrite() {
        String lines = questions.stream().map(json::writeValueAsString).map(l -> l + "\n").collect(Collectors.joining());
        write(() -> DurableFiles.write(file, lines.getBytes(StandardCharsets.UTF_8)));
        linesInFile = questions.size();
    }

    private void write(FileWork work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new UncheckedIOException("unanswered-questions log " + file, e);
        }
    }

    @FunctionalInterface
    private interface FileWork {
        void run() throws IOException;
    }

    /** Configures the log; the directory is required. */
    public static final class Builder {
        private Path directory;
        private int capacity = 5_000;
        private double similarity = DEFAULT_SIMILARITY;
        private ChineseScript script;

        public Builder directory(Path directory) {
            this.directory = directory;
            return this;
        }

        /** How many recent questions to keep; older ones are forgotten. */
        public Builder capacity(int capacity) {
            if (capacity < 1) {
                throw new IllegalArgumentException("capacity must be at least 1");
            }
            this.capacity = capacity;
            return this;
        }

        public Builder similarity(double similarity) {
            this.similarity = similarity;
            return this;
        }

        public Builder chineseScript(ChineseScript script) {
            this.script = script;
            return this;
        }

        public UnansweredLog build() {
            return new UnansweredLog(this);
        }
    }
}
