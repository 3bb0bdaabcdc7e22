package dev.kefu.text.embed;

import dev.kefu.text.script.ChineseScript;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Sentence embeddings, one model per language family, since no multilingual model runs in
 * process: Chinese text is folded to Simplified and embedded with bge-small-zh, other text with
 * all-MiniLM. Vectors are unit length, so a dot product is their cosine. Thread-safe; loading
 * the ONNX models takes a second or two and about 100 MB, so share one instance.
 *
 * <p>Classifiers may read a richer English vector, {@link #classificationVector}: all-MiniLM and
 * bge-small-en side by side, two models per message. The second model loads on first use.
 */
public final class Embeddings {

    /** Longer text is cut before embedding: a question never needs more, and time grows with length. */
    private static final int MAX_CHARS = 256;
    private static final int RECENT = 64;

    private final EmbeddingModel chinese;
    private final EmbeddingModel english;
    private final Supplier<EmbeddingModel> secondEnglish;
    private final ChineseScript script;
    private final ExecutorService queryThreads;
    private volatile EmbeddingModel secondEnglishModel;
    /** The vectors of the last few texts: a turn embeds its message for the intents, then for the search. */
    private final Map<String, float[]> recent = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > RECENT;
        }
    });

    public Embeddings(EmbeddingModel chinese, EmbeddingModel english, ChineseScript script) {
        this(chinese, english, null, script);
    }

    /** With {@code secondEnglish} (may be null), loaded on first use, for {@link #classificationVector}. */
    public Embeddings(EmbeddingModel chinese, EmbeddingModel english, Supplier<EmbeddingModel> secondEnglish,
                      ChineseScript script) {
        this.chinese = Objects.requireNonNull(chinese);
        this.english = Objects.requireNonNull(english);
        this.secondEnglish = secondEnglish;
        this.script = Objects.requireNonNull(script);
        AtomicInteger count = new AtomicInteger();
        this.queryThreads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "kefu-embedding-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    private static final class Shared {
        static final Embeddings INSTANCE = onnx(ChineseScript.load());
    }

    /**
     * The process's one instance of the shipped models ({@link #onnx}), loaded on first use: what
     * the service and the shipped classifiers share, so the models are in memory once and a turn's
     * message, embedded for one of them, is not embedded again for the next.
     */
    public static Embeddings shared() {
        return Shared.INSTANCE;
    }

    /** The quantized ONNX models shipped with the product, one thread per call. */
    private static Embeddings onnx(ChineseScript script) {
        return new Embeddings(OnnxSentenceModel.bgeSmallZh(), OnnxSentenceModel.allMiniLm(),
                OnnxSentenceModel::bgeSmallEn, script);
    }

    /**
     * Whether a sentence model can read {@code text}: one of nothing but spaces and control
     * characters it refuses, so a classifier asked about such a text answers without a vector.
     */
    public static boolean readable(String text) {
        return !text.trim().isEmpty();
    }

    /** Embeds on one of this instance's threads, one per core, so a search can do other work meanwhile. */
    public CompletableFuture<float[]> embedAsync(String text, LanguageFamily family) {
        return CompletableFuture.supplyAsync(() -> embed(text, family), queryThreads);
    }

    /** The vector of an {@link #embedAsync} call, with its failure rethrown as it was. */
    public static float[] await(CompletableFuture<float[]> embedding) {
        try {
            return embedding.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The text's vector in the model of its family: {@link LanguageFamily#ofQuery} says which. */
    public float[] embed(String text) {
        return embed(text, LanguageFamily.ofQuery(text));
    }

    public float[] embed(String text, LanguageFamily family) {
        String cut = cut(text);
        String key = family.name() + '\u0000' + cut;
        float[] vector = recent.get(key);
        if (vector == null) {
            vector = family == LanguageFamily.CHINESE
                    ? chinese.embed(script.toSimplified(cut)).content().vector()
                    : english.embed(cut).content().vector();
            recent.put(key, vector);
        }
        return vector.clone();
    }

    /**
     * The vector a classifier reads: for Chinese the bge-small-zh embedding, for English the
     * all-MiniLM and bge-small-en embeddings concatenated (the second computed on another thread),
     * or all-MiniLM alone when this instance has no second English model.
     */
    public float[] classificationVector(String text, LanguageFamily family) {
        if (family == LanguageFamily.CHINESE || secondEnglish == null) {
            return embed(text, family);
        }
        String cut = cut(text);
        EmbeddingModel second = secondEnglish();
        CompletableFuture<float[]> other = CompletableFuture.supplyAsync(() -> second.embed(cut).content().vector(), queryThreads);
        float[] first = embed(cut, LanguageFamily.ENGLISH);
        float[] rest = await(other);
        float[] both = Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, both, first.length, rest.length);
        return both;
    }

    /** The {@link #classificationVector}s of many texts, each in its family ({@link LanguageFamily#ofQuery}), on all cores. */
    public float[][] classificationVectors(List<String> texts) {
        return vectors(texts, this::classificationVector);
    }

    /** The {@link #embed} vectors of many texts, each in its family ({@link LanguageFamily#ofQuery}), on all cores. */
    public float[][] embedAll(List<String> texts) {
        return vectors(texts, this::embed);
    }

    private static float[][] vectors(List<String> texts, BiFunction<String, LanguageFamily, float[]> vector) {
        float[][] vectors = new float[texts.size()][];
        IntStream.range(0, texts.size()).parallel()
                .forEach(i -> vectors[i] = vector.apply(texts.get(i), LanguageFamily.ofQuery(texts.get(i))));
        return vectors;
    }

    private EmbeddingModel secondEnglish() {
        EmbeddingModel model = secondEnglishModel;
        if (model == null) {
            synchronized (this) {
                if (secondEnglishModel == null) {
                    secondEnglishModel = Objects.requireNonNull(secondEnglish.get());
                }
                model = secondEnglishModel;
            }
        }
        return model;
    }

    private static String cut(String text) {
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    }
}
